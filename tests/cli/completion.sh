#!/bin/sh
# completion.sh: the completion scripts of `herstel completion bash|zsh|fish`,
# run by each shell's own completion machinery, from where `make install`
# puts them (under a prefix of the test's own):
#   bash: bash-completion's loader finds the file, then _herstel runs with
#         COMP_WORDS and COMP_CWORD as bash sets them, and COMPREPLY is read;
#   fish: `complete -C` with the file found in vendor_completions.d;
#   zsh:  an interactive zsh in tmux runs compinit and completes at a Tab,
#         since zsh's completion works only inside its line editor; nothing
#         is wrapped: what the pane shows is what a person sees.
. "$TESTS_SRCDIR/lib.sh"

t_require bash zsh fish tmux

SHARE=$T_TMP/share
mkdir -p "$SHARE/bash-completion/completions" "$SHARE/zsh/site-functions" \
	"$SHARE/fish/vendor_completions.d"
"$HERSTEL" completion bash >"$SHARE/bash-completion/completions/herstel"
t_ok $? "herstel completion bash writes the script"
"$HERSTEL" completion zsh >"$SHARE/zsh/site-functions/_herstel"
t_ok $? "herstel completion zsh writes the script"
"$HERSTEL" completion fish >"$SHARE/fish/vendor_completions.d/herstel.fish"
t_ok $? "herstel completion fish writes the script"
t_run completion tcsh
t_status 1 "an unknown shell is refused"
t_match stderr "$T_ERR" 'expected bash, zsh or fish, got "tcsh"' "the refusal names the shells"
t_run completion
t_status 2 "completion without a shell is a usage error"

# The shells find herstel on PATH, as they would once it is installed (fish
# loads a command's completions only for a command it can run); a link,
# since HERSTEL may be a wrapper of another name (valgrind.sh).
mkdir -p "$T_TMP/bin"
ln -s "$HERSTEL" "$T_TMP/bin/herstel"
PATH=$T_TMP/bin:$PATH
XDG_DATA_DIRS=$SHARE:/usr/share
export PATH XDG_DATA_DIRS

## bash -----------------------------------------------------------------------

BASH_COMPLETION=/usr/share/bash-completion/bash_completion
[ -r "$BASH_COMPLETION" ] || t_bail "bash-completion is not installed: build-aux/bootstrap installs it"

# bash_complete WORD...: what bash offers for the last WORD, one a line.
# WORD are COMP_WORDS: bash splits quads=2 into quads, = and 2.
bash_complete() {
	T_OUT=$(bash --norc --noprofile -c '
		. "$0" || exit 1
		__load_completion herstel || exit 1
		COMP_WORDS=("$@")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		fn=$(complete -p herstel | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
		"$fn" herstel "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}"' "$BASH_COMPLETION" "$@" 2>&1)
}

bash --norc --noprofile -c '. "$0"; __load_completion herstel && complete -p herstel' \
	"$BASH_COMPLETION" >"$T_TMP/complete-p" 2>&1
t_match "complete -p" "$(cat "$T_TMP/complete-p")" '-F _herstel herstel$' \
	"bash: bash-completion's loader finds the installed script"

bash_complete herstel st
t_eq "herstel st" "$T_OUT" status "bash: herstel st<Tab> completes the command status"
bash_complete herstel ""
for c in log sore sleep day exercises undo status config week search export import help completion; do
	t_match "herstel <Tab>" "$T_OUT" "^$c\$" "bash: herstel <Tab> offers $c"
done
bash_complete herstel --d
t_eq "herstel --d" "$(echo $T_OUT)" "--db --demo" "bash: the global options"
bash_complete herstel export --
for o in --format --from --to --output --db; do
	t_match "herstel export --" "$T_OUT" "^$o\$" "bash: export's options include $o"
done
t_nomatch "herstel export --" "$T_OUT" '^--quality$' "bash: export offers no option of sleep"
bash_complete herstel search --
t_eq "herstel search --" "$(echo $T_OUT | tr ' ' '\n' | grep -E '^--(limit|format)$' | tr '\n' ' ')" \
	"--limit --format " "bash: search's options are --limit and --format"
bash_complete herstel search --format ""
t_eq "herstel search --format" "$(echo $T_OUT)" "text tsv json" "bash: search --format offers text, tsv and json"
bash_complete herstel sleep --
t_match "herstel sleep --" "$T_OUT" '^--quality$' "bash: sleep's options include --quality"
bash_complete herstel status --format ""
t_eq "herstel status --format" "$(echo $T_OUT)" "text tsv json" \
	"bash: status --format <Tab> offers text, tsv and json"
bash_complete herstel status --format = t
t_eq "herstel status --format=t" "$(echo $T_OUT)" "text tsv" "bash: --format=t<Tab> too"
bash_complete herstel import --units ""
t_eq "herstel import --units" "$(echo $T_OUT)" "kg lb" "bash: import --units offers kg and lb"
bash_complete herstel day ""
t_eq "herstel day" "$(echo $T_OUT)" "training active rest passive" "bash: day offers the kinds of day"
bash_complete herstel status --group mid
t_eq "herstel status --group mid" "$T_OUT" middle_back "bash: --group completes a group"
bash_complete herstel sore qu
t_eq "herstel sore qu" "$T_OUT" "quads=" "bash: sore completes GROUP="
bash_complete herstel sore quads =
t_eq "herstel sore quads=" "$(echo $T_OUT)" "0 1 2 3" "bash: after GROUP= the levels"
bash_complete herstel exercises --add x --primary quads,gl
t_eq "--primary quads,gl" "$T_OUT" "quads,glutes" "bash: --primary completes the last group of a list"
bash_complete herstel help ""
t_match "herstel help" "$T_OUT" '^week$' "bash: help offers the commands"
# Exercise names come from herstel exercises --names, the journal's own
# too; a name of several words is one word to the shell.
"$HERSTEL" exercises --add "zercher squat" --primary quads >/dev/null
t_ok $? "an exercise of the journal's own, for the names"
bash_complete herstel log 'front\ sq'
t_eq "herstel log front\ sq" "$T_OUT" 'front\ squat' "bash: log completes an exercise's name"
bash_complete herstel log zerch
t_eq "herstel log zerch" "$T_OUT" 'zercher\ squat' "bash: log completes the journal's own exercise"

## fish -----------------------------------------------------------------------

# fish_complete LINE: what fish offers, "word<TAB>description" a line.
fish_complete() {
	T_OUT=$(fish -c 'complete -C $argv[1]' "$1" 2>&1)
}

fish_complete "herstel st"
t_match "herstel st" "$T_OUT" '^status	the recovery board' "fish: herstel st<Tab> offers status, described"
fish_complete "herstel "
for c in log sore week search export import completion; do
	t_match "herstel " "$T_OUT" "^$c	" "fish: herstel <Tab> offers $c"
done
fish_complete "herstel status --"
for o in --format --group --explain --db; do
	t_match "herstel status --" "$T_OUT" "^$o	" "fish: status's options include $o"
done
fish_complete "herstel export -"
t_match "herstel export -" "$T_OUT" '^-o	' "fish: export has -o"
fish_complete "herstel export --f"
t_eq "herstel export --f" "$(printf '%s\n' "$T_OUT" | cut -f1 | tr '\n' ' ')" "--format --from " \
	"fish: export's options"
fish_complete "herstel week --format "
t_eq "herstel week --format" "$(printf '%s\n' "$T_OUT" | cut -f1 | sort | tr '\n' ' ')" \
	"json text tsv " "fish: week --format offers text, tsv and json"
fish_complete "herstel export --format "
t_eq "herstel export --format" "$(printf '%s\n' "$T_OUT" | cut -f1 | sort | tr '\n' ' ')" \
	"csv json strong " "fish: export --format offers its own list"
fish_complete "herstel day "
t_match "herstel day" "$T_OUT" '^passive' "fish: day offers the kinds of day"
fish_complete "herstel sore quads="
t_match "herstel sore quads=" "$T_OUT" '^quads=3' "fish: after GROUP= the levels"
fish_complete "herstel log zerch"
t_match "herstel log zerch" "$T_OUT" '^zercher squat$' "fish: log completes the journal's own exercise"

## zsh ------------------------------------------------------------------------

ZD=$T_TMP/zdot
mkdir -p "$ZD"
cat >"$ZD/.zshrc" <<EOF
PS1='zsh%% '
fpath=('$SHARE/zsh/site-functions' \$fpath)
autoload -Uz compinit && compinit -u -d '$ZD/compdump'
EOF
tmux_start 120 45 env ZDOTDIR="$ZD" zsh -i
tmux_wait '^zsh%' || t_bail "zsh did not start: $(tmux_screen)"

# zsh_tab TEXT PATTERN NAME: type TEXT and a Tab on a clear screen, and
# wait for PATTERN on it (tmux drops the spaces that end a line).
zsh_tab() {
	tmux_keys C-u C-l
	tmux_wait '^zsh%$' >/dev/null
	tmux_keys "$1" Tab
	tmux_wait "$2"
	t_ok $? "$3"
}
zsh_tab 'herstel st' '^zsh% herstel status$' "zsh: herstel st<Tab> completes status"
zsh_tab 'herstel ' 'sleep +-- log the hours slept' "zsh: herstel <Tab> lists the commands, described"
zsh_tab 'herstel ' 'completion +-- print the shell' "zsh: the list has completion too"
zsh_tab 'herstel export --' '--output +-- the file to write' "zsh: export's options, described"
zsh_tab 'herstel status --' '--explain +-- how the group' "zsh: status's options, described"
zsh_tab 'herstel status --format ' 'json +text +tsv' "zsh: status --format <Tab> lists text, tsv, json"
zsh_tab 'herstel import --units ' 'kg +lb' "zsh: import --units lists kg and lb"
zsh_tab 'herstel day ' 'active +passive +rest +training' "zsh: day lists the kinds of day"
zsh_tab 'herstel sore quad' '^zsh% herstel sore quads=$' "zsh: sore completes GROUP="
zsh_tab 'herstel log zerch' '^zsh% herstel log zercher\\ squat$' "zsh: log completes an exercise's name"

done_testing
