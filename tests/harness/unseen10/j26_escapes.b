implement Escapes;

include "sys.m";
	sys: Sys;
include "draw.m";

Escapes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

codes(tag, s: string)
{
	sys->print("%-10s len %2d:", tag, len s);
	for(i := 0; i < len s; i++)
		sys->print(" %x", s[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== \\u hex escapes ==\n");
	codes("ascii", "\u0041\u0062\u0030");
	codes("latin1", "\u00e9\u00ff\u00a0");
	codes("cjk", "\u4e2d\u6587");
	codes("upper hex", "\u00E9\u00eA\u00Ff");
	codes("mixed", "x\u0394y");
	codes("max bmp", "\uffff\ufffd");
	codes("nul", "a\u0000b");
	sys->print("== single character escapes ==\n");
	codes("n t r", "\n\t\r");
	codes("b a f v", "\b\a\f\v");
	codes("quotes", "\"'\\");
	codes("nul0", "\0");
	sys->print("== character constants ==\n");
	chars := array[] of {'\n', '\t', '\\', '\'', '"', '\0', '\u00e9', '\u4e2d', 'A'};
	for(i := 0; i < len chars; i++)
		sys->print("%x ", chars[i]);
	sys->print("\n");
	sys->print("== escapes in output ==\n");
	sys->print("tab[\t]quote[\"]backslash[\\]\n");
	sys->print("unicode via print: [\u00e9] [\u4e2d]\n");
	sys->print("== comparisons with escaped strings ==\n");
	sys->print("\"\\u0041\" == \"A\": %d\n", "\u0041" == "A");
	sys->print("\"\\u00e9\" > \"z\": %d\n", "\u00e9" > "z");
	s := "";
	s[0] = 16r263a;
	sys->print("built char == \"\\u263a\": %d\n", s == "\u263a");
	sys->print("== utf-8 byte length via array of byte ==\n");
	words := array[] of {"A", "\u00e9", "\u4e2d", "\uffff", "a\u00e9\u4e2d"};
	for(i = 0; i < len words; i++){
		b := array of byte words[i];
		sys->print("len %d -> %d bytes:", len words[i], len b);
		for(j := 0; j < len b; j++)
			sys->print(" %.2x", int b[j]);
		sys->print("\n");
	}
	sys->print("== round trip ==\n");
	orig := "tab\there \u00e9\u4e2d";
	back := string array of byte orig;
	sys->print("round trip equal: %d len %d\n", back == orig, len back);
}
