implement CaseInts;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseInts: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Lo: con 10;
Hi: con 19;

classify(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 or 2 or 3 =>
		return "small";
	4 to 9 =>
		return "digit";
	Lo to Hi =>
		return "teen";
	-5 to -1 =>
		return "slightly negative";
	100 or 200 or 300 to 399 =>
		return "hundreds";
	* =>
		if(n < 0)
			return "very negative";
		return "other";
	}
}

chartype(c: int): string
{
	case c {
	'a' to 'z' =>
		return "lower";
	'A' to 'Z' =>
		return "upper";
	'0' to '9' =>
		return "digit";
	' ' or '\t' or '\n' =>
		return "space";
	16r3b1 to 16r3c9 =>
		return "greek";
	}
	return "punct";
}

grade(score: int): int
{
	g := 'F';
	case score / 10 {
	10 or 9 => g = 'A';
	8 => g = 'B';
	7 => g = 'C';
	6 => g = 'D';
	}
	return g;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	tests := array[] of {0, 2, 3, 5, 9, 10, 15, 19, 20, -1, -5, -6, 100, 150, 200, 250, 300, 350, 399, 400};
	for(i := 0; i < len tests; i++)
		sys->print("%d: %s\n", tests[i], classify(tests[i]));

	str := "Hi 5 αβ!\tz";
	for(i = 0; i < len str; i++)
		sys->print("%c=%s ", str[i], chartype(str[i]));
	sys->print("\n");

	for(sc := 45; sc <= 105; sc += 8)
		sys->print("%d->%c ", sc, grade(sc));
	sys->print("\n");

	# case in a loop with fallthrough-free semantics
	counts := array[4] of {* => 0};
	for(i = -3; i < 30; i += 2) {
		case i % 4 {
		0 => counts[0]++;
		1 or -1 => counts[1]++;
		2 or -2 => counts[2]++;
		* => counts[3]++;
		}
	}
	sys->print("counts %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);

	b := byte 200;
	case int b {
	0 to 127 => sys->print("ascii\n");
	128 to 255 => sys->print("high byte %d\n", int b);
	}
	bg := big 5000000000;
	case int (bg >> 32) {
	1 => sys->print("upper word 1\n");
	* => sys->print("upper word other\n");
	}
}
