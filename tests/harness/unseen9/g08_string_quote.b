implement StringQuote;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringQuote: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

printlist(tag: string, l: list of string)
{
	sys->print("%s (%d):", tag, len l);
	for(; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	sys->print("%s\n", str->toupper("Hello, Wörld! abc-XYZ 123"));
	sys->print("%s\n", str->tolower("Hello, Wörld! abc-XYZ 123"));
	sys->print("%s\n", str->toupper(""));

	l: list of string;
	l = str->append("first", l);
	l = str->append("second word", l);
	l = str->append("", l);
	l = str->append("it's", l);
	l = str->append("tab\there", l);
	printlist("appended", l);

	q := str->quoted(l);
	sys->print("quoted: %s\n", q);
	back := str->unquoted(q);
	printlist("unquoted", back);

	same := 1;
	a := l;
	b := back;
	while(a != nil && b != nil){
		if(hd a != hd b)
			same = 0;
		a = tl a;
		b = tl b;
	}
	if(a != nil || b != nil)
		same = 0;
	sys->print("round trip same=%d\n", same);

	qc := str->quotedc("a,b" :: "plain" :: "x y" :: nil, ",");
	sys->print("quotedc: %s\n", qc);

	inputs := array[] of {
		"simple words here",
		"  'quoted phrase' and more  ",
		"'it''s' ok",
		"mixed'quote'ing",
		"",
	};
	for(i := 0; i < len inputs; i++)
		printlist(sys->sprint("unq %q", inputs[i]), str->unquoted(inputs[i]));

	# compare with sys->tokenize on the same input
	(n, t) := sys->tokenize("  'quoted phrase' and more  ", " ");
	sys->print("tokenize gives %d:", n);
	for(; t != nil; t = tl t)
		sys->print(" <%s>", hd t);
	sys->print("\n");
}
