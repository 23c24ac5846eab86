implement StringDropTake;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringDropTake: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a tiny lexer built from take/drop
Tok: adt {
	kind:	string;
	text:	string;
};

lex(s: string): list of ref Tok
{
	toks: list of ref Tok;
	for(;;){
		s = str->drop(s, " \t");
		if(s == nil)
			break;
		t: string;
		k: string;
		if(str->in(s[0], "0-9")){
			t = str->take(s, "0-9");
			k = "num";
		}else if(str->in(s[0], "a-zA-Z_")){
			t = str->take(s, "a-zA-Z_0-9");
			k = "ident";
		}else if(str->in(s[0], "-+*/=<>!")){
			t = str->take(s, "-+*/=<>!");
			k = "op";
		}else{
			t = s[0:1];
			k = "punct";
		}
		toks = ref Tok(k, t) :: toks;
		s = s[len t:];
	}
	r: list of ref Tok;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	sys->print("drop: %q\n", str->drop("   leading spaces", " "));
	sys->print("drop all: %q\n", str->drop("aaaa", "a"));
	sys->print("drop none: %q\n", str->drop("xyz", "a"));
	sys->print("take: %q\n", str->take("12345abc", "0-9"));
	sys->print("take none: %q\n", str->take("abc", "0-9"));
	sys->print("take neg: %q\n", str->take("hello, world", "^,"));
	sys->print("drop neg: %q\n", str->drop("hello, world", "^,"));
	sys->print("take dash: %q\n", str->take("--x", "-"));

	progs := array[] of {
		"x1 = y + 42*z",
		"if(count >= 10) return -1;",
		"  a_b<=c_d!=e  ",
	};
	for(i := 0; i < len progs; i++){
		sys->print("lex %q:\n", progs[i]);
		for(l := lex(progs[i]); l != nil; l = tl l)
			sys->print("\t%-5s %s\n", (hd l).kind, (hd l).text);
	}

	# trim both ends using drop and reverse
	s := "\t  padded text \t ";
	s = str->drop(s, " \t");
	j := len s;
	while(j > 0 && str->in(s[j-1], " \t"))
		j--;
	sys->print("trimmed=%q\n", s[0:j]);
}
