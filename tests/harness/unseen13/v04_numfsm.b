implement NumFSM;

include "sys.m";
	sys: Sys;
include "draw.m";

NumFSM: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# states of a number recogniser: [+-]digits[.digits][e[+-]digits]
Start, Sign, Int, Dot, Frac, Exp, ExpSign, ExpInt, Error: con iota;

names := array[] of {
	"Start", "Sign", "Int", "Dot", "Frac", "Exp", "ExpSign", "ExpInt", "Error"
};

class(c: int): int
{
	case c {
	'0' to '9' =>	return 'd';
	'+' or '-' =>	return 's';
	'.' =>		return '.';
	'e' or 'E' =>	return 'e';
	}
	return '?';
}

step(st, c: int): int
{
	k := class(c);
	case st {
	Start =>
		case k { 's' => return Sign; 'd' => return Int; '.' => return Dot; }
	Sign =>
		case k { 'd' => return Int; '.' => return Dot; }
	Int =>
		case k { 'd' => return Int; '.' => return Frac; 'e' => return Exp; }
	Dot =>
		if(k == 'd')
			return Frac;
	Frac =>
		case k { 'd' => return Frac; 'e' => return Exp; }
	Exp =>
		case k { 's' => return ExpSign; 'd' => return ExpInt; }
	ExpSign or ExpInt =>
		if(k == 'd')
			return ExpInt;
	}
	return Error;
}

accepting(st: int): int
{
	return st == Int || st == Frac || st == ExpInt;
}

run(s: string, verbose: int): int
{
	st := Start;
	trace := names[st];
	for(i := 0; i < len s && st != Error; i++){
		st = step(st, s[i]);
		trace += sys->sprint(" -%c-> %s", s[i], names[st]);
	}
	if(verbose)
		sys->print("    %s\n", trace);
	return accepting(st);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {
		"42", "-3.14", "+.5", "1e10", "6.02E-23", "1.", ".", "e5", "12e", "--1", "7.5e+3x", "0009"
	};
	ok := 0;
	for(i := 0; i < len tests; i++){
		t := tests[i];
		r := run(t, len t < 8);
		if(r){
			ok++;
			sys->print("%-10s accept\n", t);
		}else
			sys->print("%-10s reject\n", t);
	}
	sys->print("%d of %d accepted\n", ok, len tests);
	# transition table dump for digits and dots
	sys->print("table:");
	for(s := Start; s < Error; s++)
		sys->print(" %s(d=%s,.=%s)", names[s], names[step(s, '5')], names[step(s, '.')]);
	sys->print("\n");
}
