implement CaseArms;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseArms: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

intclass(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 or 2 or 3 =>
		return "small";
	4 to 9 =>
		return "digit";
	10 to 49 or 1000 =>
		return "10..49 or 1000";
	-5 to -1 =>
		return "small negative";
	'a' to 'z' =>
		return "lower letter code";
	}
	return "default";
}

strclass(s: string): string
{
	case s {
	"" =>
		return "empty";
	"if" or "while" or "return" =>
		return "keyword";
	"a" to "f" =>
		return "a..f";
	"m" to "p" =>
		return "m..p";
	* =>
		return "other";
	}
}

bigclass(b: big): string
{
	case b {
	big 0 =>
		return "zero";
	big 1 or big 1000000000000 =>
		return "one or 10^12";
	big 1 << 40 =>
		return "2^40";
	* =>
		return "huge or negative";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== int case with ranges and or ==\n");
	ints := array[] of {0, 1, 3, 4, 9, 10, 49, 50, 99, 100, 1000, -1, -5, -6, 'a', 'q', 'z', '{'};
	for(i := 0; i < len ints; i++)
		sys->print("%5d -> %s\n", ints[i], intclass(ints[i]));
	sys->print("== string case ==\n");
	strs := array[] of {"", "if", "while", "return", "do", "a", "b", "apple", "f", "fa", "g", "m", "mango", "p", "pz", "q", "A"};
	for(i = 0; i < len strs; i++)
		sys->print("%-8s -> %s\n", "\"" + strs[i] + "\"", strclass(strs[i]));
	sys->print("== big case ==\n");
	bigs := array[] of {big 0, big 1, big 1000000000000, big 1000000000001, big 1099511627776, big -1};
	for(i = 0; i < len bigs; i++)
		sys->print("%bd -> %s\n", bigs[i], bigclass(bigs[i]));
	sys->print("== case on a char of a string ==\n");
	text := "Hi, 42 x!";
	for(i = 0; i < len text; i++){
		c := text[i];
		kind := "";
		case c {
		'A' to 'Z' or 'a' to 'z' =>
			kind = "letter";
		'0' to '9' =>
			kind = "digit";
		' ' or '\t' =>
			kind = "space";
		* =>
			kind = "punct";
		}
		sys->print("'%c' %s\n", c, kind);
	}
	sys->print("== no fallthrough ==\n");
	for(i = 0; i < 3; i++){
		case i {
		0 =>
			sys->print("zero ");
		1 =>
			sys->print("one ");
		}
		sys->print("| ");
	}
	sys->print("\n");
}
