#args: apple Mango zebra kiwi 42 quit help nectarine - Zulu banana
implement StrCase;

include "sys.m";
	sys: Sys;
include "draw.m";

StrCase: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# string case with ranges: which shelf does a word go on?
shelf(w: string): string
{
	case w {
	"" =>
		return "empty";
	"help" or "quit" or "exit" =>
		return "command";
	}
	case w {
	"a" to "f" =>
		return "shelf A-F";
	"g" to "mzzz" =>
		return "shelf G-M";
	"n" to "nectarine" =>
		return "shelf N..nectarine";
	"o" to "z" =>
		return "shelf O-Z";
	"A" to "Z" or "Za" to "Zz" =>
		return "capital";
	* =>
		return "other";
	}
}

# character classes via int case with ranges
kind(c: int): string
{
	case c {
	'0' to '9' =>
		return "digit";
	'a' to 'z' or 'A' to 'Z' or '_' =>
		return "ident";
	' ' or '\t' or '\n' =>
		return "space";
	'+' or '-' or '*' or '/' or '%' =>
		return "op";
	16r80 to 16r10FFFF =>
		return "unicode";
	* =>
		return "punct";
	}
}

Tok: adt {
	kind: string;
	text: string;
};

lex(s: string): list of Tok
{
	toks: list of Tok;
	i := 0;
	while(i < len s) {
		k := kind(s[i]);
		j := i + 1;
		if(k == "digit" || k == "ident" || k == "space" || k == "unicode")
			while(j < len s && (kind(s[j]) == k || (k == "ident" && kind(s[j]) == "digit")))
				j++;
		if(k != "space")
			toks = Tok(k, s[i:j]) :: toks;
		i = j;
	}
	r: list of Tok;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	for(l := tl argv; l != nil; l = tl l)
		sys->print("%-10s %s\n", hd l, shelf(hd l));

	# boundaries of the ranges
	probes := array[] of {"f", "fa", "g", "mzzz", "mzzza", "n", "nectarine", "nectarines", "o", "z", "zz", "Z", "Za", "Zz", "Zzz", "~"};
	for(i := 0; i < len probes; i++)
		sys->print("probe %-11q -> %s\n", probes[i], shelf(probes[i]));

	src := "x1 := foo_bar*(42+ y)/7 % λ→z;";
	for(t := lex(src); t != nil; t = tl t)
		sys->print("[%s %q] ", (hd t).kind, (hd t).text);
	sys->print("\n");

	# case on a computed value: number of decimal digits of a big
	vals := array[] of {big 0, big 7, big 99, big 100, big 1 << 40, big -5};
	for(i = 0; i < len vals; i++) {
		v := vals[i];
		nd := len string v;
		r: string;
		case nd - (v < big 0) {
		1 => r = "one digit";
		2 to 3 => r = "a few digits";
		4 to 12 => r = "many digits";
		* => r = "enormous";
		}
		sys->print("%bd: %d chars, %s\n", v, nd, r);
	}
}
