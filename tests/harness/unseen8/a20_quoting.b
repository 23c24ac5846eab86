#args: plain with space
implement Quoting;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Quoting: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

showl(label: string, l: list of string)
{
	sys->print("%s[%d]:", label, len l);
	for(; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	showl("args", tl args);
	q := str->quoted(tl args);
	sys->print("quoted args: %s\n", q);
	showl("unquoted back", str->unquoted(q));

	lists := array[] of {
		"a" :: "b c" :: nil,
		"" :: "x" :: nil,
		"don't" :: "say" :: "'hi'" :: nil,
		"tab\tsep" :: "new\nline" :: nil,
		"ok" :: nil,
	};
	for(i := 0; i < len lists; i++){
		s := str->quoted(lists[i]);
		back := str->unquoted(s);
		same := len back == len lists[i];
		for((x, y) := (back, lists[i]); same && x != nil; (x, y) = (tl x, tl y))
			if(hd x != hd y)
				same = 0;
		sys->print("%d: %s  roundtrip=%d\n", i, s, same);
	}

	raw := array[] of {
		"simple words here",
		"'quoted phrase' after",
		"mid'dle quo'te",
		"'it''s' fine",
		"  spaces   everywhere  ",
		"'unterminated quote",
		"''",
	};
	for(i = 0; i < len raw; i++)
		showl(sys->sprint("unquoted(%q)", raw[i]), str->unquoted(raw[i]));

	sys->print("quotedc: %s\n", str->quotedc("a=b" :: "c" :: "d;e" :: nil, "=;"));

	# compare sprint %q with String->quoted for single words
	ws := array[] of {"abc", "a b", "", "x'y", "tab\t"};
	for(i = 0; i < len ws; i++){
		s1 := sys->sprint("%q", ws[i]);
		s2 := str->quoted(ws[i] :: nil);
		sys->print("%-8s %-8s same=%d\n", s1, s2, s1 == s2);
	}
}
