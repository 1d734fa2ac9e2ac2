# embed-tsv.awk: turn a text file into a C string constant, line by line.
BEGIN {
	print "/* Generated from share/herstel/exercises.tsv by embed-tsv.awk; do not edit. */"
	print "extern const char catalogue_tsv[];"
	print "const char catalogue_tsv[] ="
}
{
	gsub(/\\/, "\\\\")
	gsub(/"/, "\\\"")
	gsub(/\t/, "\\t")
	gsub(/\r/, "")
	printf "\t\"%s\\n\"\n", $0
}
END { print "\t\"\";" }
