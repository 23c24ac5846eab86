#args: apple zebra Mango kiwi 42 orange banana cherry Zeta
implement CaseString;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseString: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

classify(s: string): string
{
	case s {
	"apple" or "orange" or "banana" =>
		return "common fruit";
	"c" to "f" =>
		return "early word";
	"g" to "m" =>
		return "middle word";
	"A" to "Z" or "Za" to "Zz" =>
		return "capitalised";
	"0" to "9" =>
		return "numeric-ish";
	"" =>
		return "empty";
	* =>
		return "late word";
	}
}

kind(c: int): string
{
	case c {
	'a' or 'e' or 'i' or 'o' or 'u' =>
		return "vowel";
	'b' to 'd' or 'f' to 'h' or 'j' to 'n' or 'p' to 't' or 'v' to 'z' =>
		return "consonant";
	'0' to '9' =>
		return "digit";
	' ' or '\t' or '\n' =>
		return "space";
	* =>
		return "other";
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(args = tl args; args != nil; args = tl args)
		sys->print("%-8s -> %s\n", hd args, classify(hd args));
	sys->print("(empty) -> %s\n", classify(""));
	sys->print("zz -> %s, Zzz -> %s\n", classify("zz"), classify("Zzz"));
	for(t := "a1 Z\t?y"; t != nil; t = t[1:])
		sys->print("%d:%s ", t[0], kind(t[0]));
	sys->print("\n");
}
