implement PickBasic;

include "sys.m";
	sys: Sys;
include "draw.m";

PickBasic: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Tok: adt {
	line: int;
	pick {
	Num =>
		v: int;
	Word =>
		s: string;
		up: int;
	Punct =>
		c: int;
	Eof =>
	}
};

describe(t: ref Tok): string
{
	pick x := t {
	Num =>
		return sys->sprint("num %d at %d", x.v, x.line);
	Word =>
		return sys->sprint("word %q up=%d at %d", x.s, x.up, x.line);
	Punct =>
		return sys->sprint("punct %c", x.c);
	Eof =>
		return "eof";
	}
	return "impossible";
}

kind(t: ref Tok): string
{
	pick x := t {
	Num =>
		return sys->sprint("short line=%d", x.line);
	Punct =>
		return sys->sprint("short line=%d v=%d", x.line, x.c);
	* =>
		return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	toks := array[] of {
		ref Tok.Num(1, 42),
		ref Tok.Word(1, "hello", 0),
		ref Tok.Punct(2, ';'),
		ref Tok.Eof(3),
		ref Tok.Word(4, "X", 1),
	};
	for(i := 0; i < len toks; i++)
		sys->print("%d tag=%d %s / %s\n", i, tagof toks[i], describe(toks[i]), kind(toks[i]));

	w := ref Tok.Word(9, "abc", 0);
	w.s += "def";
	w.line = 10;
	t: ref Tok = w;
	sys->print("via base: %s\n", describe(t));
	t.line = 11;
	sys->print("base field store: %d\n", w.line);

	pick y := t {
	Word =>
		y.up = 7;
	}
	sys->print("variant store: %d\n", w.up);

	# tagof on the type names
	sys->print("tagof types: %d %d %d %d\n", tagof Tok.Num, tagof Tok.Word, tagof Tok.Punct, tagof Tok.Eof);

	# counting with case on tagof
	counts := array[4] of {* => 0};
	for(i = 0; i < len toks; i++)
		case tagof toks[i] {
		tagof Tok.Num => counts[0]++;
		tagof Tok.Word => counts[1]++;
		* => counts[3]++;
		}
	sys->print("counts %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);

	n: ref Tok;
	{
		sys->print("%s\n", describe(n));
	} exception e {
		"*" => sys->print("pick on nil: %s\n", e);
	}
	{
		sys->print("tagof nil %d\n", tagof n);
	} exception e {
		"*" => sys->print("tagof nil: %s\n", e);
	}
}
