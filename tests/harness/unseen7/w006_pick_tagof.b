implement PickTag;

include "sys.m";
	sys: Sys;
include "draw.m";

PickTag: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Token: adt {
	line: int;
	pos: int;
	pick {
	Num =>
		val: int;
	Ident =>
		name: string;
	Op =>
		op: int;
	Eof =>
	}
};

tagnames := array[] of {"Num", "Ident", "Op", "Eof"};

lex(s: string): list of ref Token
{
	toks: list of ref Token;
	i := 0;
	while(i < len s){
		c := s[i];
		if(c == ' '){
			i++;
			continue;
		}
		start := i;
		if(c >= '0' && c <= '9'){
			n := 0;
			while(i < len s && s[i] >= '0' && s[i] <= '9')
				n = n * 10 + s[i++] - '0';
			toks = ref Token.Num(1, start, n) :: toks;
		}else if(c >= 'a' && c <= 'z'){
			while(i < len s && s[i] >= 'a' && s[i] <= 'z')
				i++;
			toks = ref Token.Ident(1, start, s[start:i]) :: toks;
		}else{
			toks = ref Token.Op(1, start, c) :: toks;
			i++;
		}
	}
	toks = ref Token.Eof(1, len s) :: toks;
	r: list of ref Token;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(l := lex("x1 = 42 + foo*7"); l != nil; l = tl l){
		t := hd l;
		sys->print("%2d %-5s tag=%d ", t.pos, tagnames[tagof t], tagof t);
		pick p := t {
		Num =>
			sys->print("num %d\n", p.val);
		Ident =>
			sys->print("ident %q\n", p.name);
		Op =>
			sys->print("op %c\n", p.op);
		Eof =>
			sys->print("end\n");
		}
	}
	sys->print("tagof Op is %d\n", tagof Token.Op);
}
