implement StringToint;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringToint: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	cases := array[] of {
		("123", 10),
		("  -45xyz", 10),
		("ff", 16),
		("FFzz", 16),
		("777", 8),
		("1011", 2),
		("z", 36),
		("+17 rest", 10),
		("abc", 10),
		("", 10),
		("2147483647", 10),
	};
	for(i := 0; i < len cases; i++){
		(s, base) := cases[i];
		(v, rem) := str->toint(s, base);
		sys->print("toint(%q, %d) = %d rem=%q\n", s, base, v, rem);
	}

	(bv, brem) := str->tobig("123456789012345 tail", 10);
	sys->print("tobig = %bd rem=%q\n", bv, brem);
	(bv, brem) = str->tobig("7fffffffffffffff", 16);
	sys->print("tobig hex = %bd (%bx) rem=%q\n", bv, bv, brem);

	reals := array[] of {"3.25", "-0.5e2x", "1e-3", "10"};
	for(i = 0; i < len reals; i++){
		(rv, rrem) := str->toreal(reals[i], 10);
		sys->print("toreal(%q) = %g rem=%q\n", reals[i], rv, rrem);
	}

	# sum a list of numbers written in several bases
	input := "0x1f 017 0b101 99";
	(nil, toks) := sys->tokenize(input, " ");
	sum := 0;
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		base := 10;
		if(len t > 2 && t[0] == '0' && t[1] == 'x'){
			base = 16;
			t = t[2:];
		}else if(len t > 2 && t[0] == '0' && t[1] == 'b'){
			base = 2;
			t = t[2:];
		}else if(len t > 1 && t[0] == '0'){
			base = 8;
			t = t[1:];
		}
		(v, nil) := str->toint(t, base);
		sys->print("%s base %d -> %d\n", hd toks, base, v);
		sum += v;
	}
	sys->print("sum=%d\n", sum);
}
