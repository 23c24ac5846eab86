implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: an "or" arm is allowed when the variants share one declaration
Tok: adt {
	pick {
	Plus or Minus =>
		pos: int;
	Num =>
		v: int;
	End =>
	}
};

name(t: ref Tok): string
{
	pick p := t {
	Plus or Minus =>
		return "op@" + string p.pos;
	Num =>
		return "num " + string p.v;
	End =>
		return "end";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	toks := array[] of {ref Tok.Num(3), ref Tok.Plus(1), ref Tok.Num(4), ref Tok.Minus(3), ref Tok.End};
	for(i := 0; i < len toks; i++)
		sys->print("%d %s tag %d\n", i, name(toks[i]), tagof toks[i]);
}
