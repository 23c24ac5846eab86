# exercises sys->print %s %q with width, precision, left-justify, nil and unicode strings, sprint
implement Fmtstr;
include "sys.m";
include "draw.m";
sys: Sys;
Fmtstr: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := array[] of {"", "abc", "hello world", "it's", "tab\there", "ünïcödé", "a'b'c", "x y"};
	for(i := 0; i < len s; i++){
		t := s[i];
		sys->print("[%s][%8s][%-8s][%.2s][%8.3s][%q]\n", t, t, t, t, t, t);
	}
	n: string;
	sys->print("[%s][%q]\n", n, n);
	r := sys->sprint("%d-%s-%g", 1, "two", 3.0);
	sys->print("%s %d\n", r, len r);
	sys->print("%s\n", sys->sprint("%5s|%-5s|", "ab", "cd"));
	sys->print("%q %q\n", "plain", "with\nnewline");
	sys->print("[%10q]\n", "q q");
	sys->print("%s%s%s\n", "a", "", "b");
}
