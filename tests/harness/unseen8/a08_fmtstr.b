implement FmtStr;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtStr: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	strs := array[] of {"", "a", "limbo", "hello world", "tab\there", "it's", "quote\"d", "ünïcödé", "new\nline"};
	for(i := 0; i < len strs; i++){
		s := strs[i];
		sys->print("%d [%s] [%10s] [%-10s] [%.3s] [%q]\n", i, s, s, s, s, s);
	}
	sys->print("[%5.2s] [%-5.2s] [%.0s] [%.10s]\n", "abcdef", "abcdef", "abcdef", "abc");
	sys->print("[%*s] [%-*s]\n", 8, "right", 8, "left");
	sys->print("[%*.*s]\n", 10, 4, "truncated");

	# %q on a list style
	args := "echo" :: "two words" :: "" :: "plain" :: "x'y" :: nil;
	line := "";
	for(l := args; l != nil; l = tl l){
		if(line != "")
			line += " ";
		line += sys->sprint("%q", hd l);
	}
	sys->print("quoted line: %s\n", line);

	# nil string
	ns: string;
	sys->print("nil string: [%s] len=%d isnil=%d\n", ns, len ns, ns == nil);
	sys->print("nil eq empty: %d\n", ns == "");

	# a small table
	names := array[] of {"Ada", "Bartholomew", "Cy", "Dorothea"};
	scores := array[] of {91, 7, 100, 58};
	sys->print("+%s+%s+\n", dashes(13), dashes(7));
	for(i = 0; i < len names; i++)
		sys->print("| %-11s | %5d |\n", names[i], scores[i]);
	sys->print("+%s+%s+\n", dashes(13), dashes(7));

	# centering by hand
	for(i = 0; i < len names; i++)
		sys->print("<%s>\n", center(names[i], 15));
}

dashes(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += "-";
	return s;
}

center(s: string, w: int): string
{
	if(len s >= w)
		return s;
	left := (w - len s) / 2;
	right := w - len s - left;
	return sys->sprint("%*s%s%*s", left, "", s, right, "");
}
