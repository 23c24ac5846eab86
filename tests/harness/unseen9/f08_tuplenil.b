implement TupleNil;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleNil: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

calls := 0;

divmod(a, b: int): (int, int)
{
	calls++;
	return (a / b, a % b);
}

split(s: string, c: int): (string, string, int)
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return (s[0:i], s[i+1:], i);
	return (s, nil, -1);
}

nest(): (int, (string, real))
{
	return (1, ("inner", 2.5));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, nil) := divmod(17, 5);
	(nil, r) := divmod(-17, 5);
	sys->print("q=%d r=%d calls=%d\n", q, r, calls);
	(nil, nil) = divmod(1, 1);
	sys->print("calls after ignoring both=%d\n", calls);
	(k, v, nil) := split("key=value=more", '=');
	sys->print("k=%s v=%s\n", k, v);
	(nil, rest, pos) := split("novalue", '=');
	sys->print("rest nil? %d pos=%d\n", rest == nil, pos);
	(n, inner) := nest();
	(w, f) := inner;
	sys->print("n=%d w=%s f=%g\n", n, w, f);
	(nil, inner2) := nest();
	(nil, f2) := inner2;
	sys->print("f2=%g\n", f2);
	t := divmod(100, 7);
	(a, b) := t;
	sys->print("t=(%d,%d)\n", a, b);
	# swap via tuple
	(a, b) = (b, a);
	sys->print("swapped=(%d,%d)\n", a, b);
	# tuple assignment with existing vars, one ignored
	x := 0;
	(x, nil) = (42, "ignored");
	sys->print("x=%d\n", x);
	# list of tuples
	l := (1, "one") :: (2, "two") :: nil;
	for(; l != nil; l = tl l){
		(num, nil) := hd l;
		(nil, word) := hd l;
		sys->print("%d=%s ", num, word);
	}
	sys->print("\n");
	# sys->tokenize returns a tuple; ignore the count
	(nil, toks) := sys->tokenize("a b  c", " ");
	sys->print("toks len=%d\n", len toks);
}
