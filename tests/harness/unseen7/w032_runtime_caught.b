implement RuntimeCaught;

include "sys.m";
	sys: Sys;
include "draw.m";

RuntimeCaught: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Rec: adt {
	v: int;
};

bounds(i: int): string
{
	a := array[4] of int;
	a[i] = 1;
	return "ok";
}

nilref(r: ref Rec): string
{
	return string r.v;
}

negsize(n: int): string
{
	a := array[n] of byte;
	return string len a;
}

divide(a, b: int): string
{
	return string (a / b);
}

slice(s: string, i, j: int): string
{
	return s[i:j];
}

hdnil(l: list of int): string
{
	return string hd l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(step := 0; step < 12; step++){
		r := "";
		{
			case step {
			0 => r = bounds(3);
			1 => r = bounds(4);
			2 => r = bounds(-1);
			3 => r = nilref(ref Rec(5));
			4 => r = nilref(nil);
			5 => r = negsize(3);
			6 => r = negsize(-2);
			7 => r = divide(7, 2);
			8 => r = divide(7, step - 8);
			9 => r = slice("hello", 1, 3);
			10 => r = slice("hello", 3, 9);
			11 => r = hdnil(nil);
			}
		} exception e {
		"array bounds error" or "dereference of nil" or "negative array size" =>
			r = "caught: " + e;
		"*" =>
			if(step == 8)
				r = "caught: division by zero";
			else
				r = "caught other: " + e;
		}
		sys->print("step %2d %s\n", step, r);
	}
}
