implement PickOutside;

include "sys.m";
	sys: Sys;
include "draw.m";

PickOutside: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Token: adt {
	line: int;
	pick {
	Num =>
		v: int;
	Word =>
		s: string;
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	toks := array[] of {ref Token.Num(1, 42), ref Token.Word(2, "hi")};
	total := 0;
	for(i := 0; i < len toks; i++){
		t := toks[i];
		# mistake: v is only visible inside a pick on the Num variant
		total += t.v;
	}
	sys->print("%d\n", total);
}
