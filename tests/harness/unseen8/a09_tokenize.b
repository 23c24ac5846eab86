#args: alpha,beta;;gamma delta:epsilon
implement Tokens;

include "sys.m";
	sys: Sys;
include "draw.m";

Tokens: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

dump(s, delim: string)
{
	(n, toks) := sys->tokenize(s, delim);
	sys->print("tokenize(%q, %q) -> %d:", s, delim, n);
	for(; toks != nil; toks = tl toks)
		sys->print(" <%s>", hd toks);
	sys->print("\n");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("argc=%d\n", len args);
	args = tl args;
	i := 0;
	for(a := args; a != nil; a = tl a)
		sys->print("arg[%d]=%s\n", i++, hd a);
	for(a = args; a != nil; a = tl a){
		dump(hd a, ",;");
		dump(hd a, ":");
	}
	dump("  leading and   trailing  ", " ");
	dump("", " ");
	dump("     ", " ");
	dump("no-delims-here", " ");
	dump("a\tb\nc d", " \t\n");
	dump("key=value&k2=v2&&k3=", "&");
	dump("/usr/local//bin/", "/");
	dump("one", "");
	dump("α·β·γ", "·");

	# parse key=value pairs
	(nil, pairs) := sys->tokenize("name=limbo;ver=4;os=inferno;bad;=x", ";");
	for(; pairs != nil; pairs = tl pairs){
		(nkv, kv) := sys->tokenize(hd pairs, "=");
		case nkv {
		2 =>
			sys->print("key %s -> %s\n", hd kv, hd tl kv);
		1 =>
			sys->print("lonely token %s\n", hd kv);
		* =>
			sys->print("odd pair (%d)\n", nkv);
		}
	}

	# sum numbers in a string
	(cnt, nums) := sys->tokenize("10 20, 30;40 x 50", " ,;");
	total := 0;
	for(; nums != nil; nums = tl nums)
		total += int hd nums;
	sys->print("%d tokens, total %d\n", cnt, total);
}
