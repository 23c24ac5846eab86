implement Escapes;

include "sys.m";
	sys: Sys;
include "draw.m";

Escapes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	chars := array[] of {'\u00e9', '\t', '\0', '\n', '\\', '\'', '"', '\a', '\b', '\f', '\r', '\v', 'A', 'ß', '\u4e2d', '\u0041'};
	for(i := 0; i < len chars; i++)
		sys->print("%d ", chars[i]);
	sys->print("\n");
	s := "tab\there\\back \"quoted\" \u00e9t\u00e9 nul:\0:end";
	sys->print("len=%d\n", len s);
	for(i = 0; i < len s; i++)
		if(s[i] < 32 || s[i] > 126)
			sys->print("[%d]=%d ", i, s[i]);
	sys->print("\n");
	# print the string with control chars shown
	out := "";
	for(i = 0; i < len s; i++){
		case s[i] {
		'\t' => out += "\\t";
		'\0' => out += "\\0";
		'\\' => out += "\\\\";
		* => out[len out] = s[i];
		}
	}
	sys->print("%s\n", out);
	# character arithmetic
	sys->print("%c%c%c\n", 'a' + 1, 'Z' - 25, '0' + 7);
	sys->print("upper: %c\n", 'q' - 'a' + 'A');
	sys->print("'\\0' == 0: %d\n", '\0' == 0);
	# backquote strings are raw
	raw := `no \t escape \n here`;
	sys->print("raw len=%d: %s\n", len raw, raw);
	multi := `line1
line2`;
	sys->print("multi has newline at %d\n", find(multi, '\n'));
}

find(s: string, c: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return i;
	return -1;
}
