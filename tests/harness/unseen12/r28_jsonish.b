implement Jsonish, Lex, Parse;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Jsonish: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Lex: module
{
	Token: adt {
		kind:	int;	# a punctuation char, or one of the constants
		text:	string;
	};
	STR, NUM, WORD, END:	con 16r100 + iota;
	tokens:	fn(s: string): array of ref Token;
};

Value: adt {
	pick {
	Null or True or False =>
	Num =>	n:	real;
	Str =>	s:	string;
	Arr =>	a:	array of ref Value;
	Obj =>	keys:	list of (string, ref Value);
	}
};

Parse: module
{
	parse:	fn(toks: array of ref Lex->Token): ref Value;
};

lex: Lex;
parser: Parse;

tokens(s: string): array of ref Token
{
	l: list of ref Token;
	for(i := 0; i < len s; ){
		c := s[i];
		if(str->in(c, " \t\n")){
			i++;
		}else if(str->in(c, "{}[],:")){
			l = ref Token(c, nil) :: l;
			i++;
		}else if(c == '"'){
			(t, nil) := str->splitl(s[i+1:], "\"");
			if(i+1+len t >= len s)
				raise "syntax:unterminated string";
			l = ref Token(STR, t) :: l;
			i += len t + 2;
		}else if(str->in(c, "-0-9")){
			t := str->take(s[i:], "-0-9.eE+");
			l = ref Token(NUM, t) :: l;
			i += len t;
		}else if(str->in(c, "a-z")){
			t := str->take(s[i:], "a-z");
			l = ref Token(WORD, t) :: l;
			i += len t;
		}else
			raise sys->sprint("syntax:bad character '%c'", c);
	}
	a := array[len l + 1] of ref Token;
	a[len l] = ref Token(END, nil);
	for(i = len l - 1; l != nil; l = tl l)
		a[i--] = hd l;
	return a;
}

pos := 0;

expect(toks: array of ref Token, k: int)
{
	if(toks[pos].kind != k)
		raise sys->sprint("syntax:expected '%c' at token %d", k, pos);
	pos++;
}

value(toks: array of ref Token): ref Value
{
	t := toks[pos++];
	case t.kind {
	Lex->STR =>	return ref Value.Str(t.text);
	Lex->NUM =>	return ref Value.Num(real t.text);
	Lex->WORD =>
		case t.text {
		"null" =>	return ref Value.Null;
		"true" =>	return ref Value.True;
		"false" =>	return ref Value.False;
		}
		raise "syntax:unknown word " + t.text;
	'[' =>
		l: list of ref Value;
		while(toks[pos].kind != ']'){
			if(l != nil)
				expect(toks, ',');
			l = value(toks) :: l;
		}
		pos++;
		a := array[len l] of ref Value;
		for(i := len l - 1; l != nil; l = tl l)
			a[i--] = hd l;
		return ref Value.Arr(a);
	'{' =>
		kv: list of (string, ref Value);
		while(toks[pos].kind != '}'){
			if(kv != nil)
				expect(toks, ',');
			k := toks[pos++];
			if(k.kind != Lex->STR)
				raise "syntax:object key must be a string";
			expect(toks, ':');
			kv = (k.text, value(toks)) :: kv;
		}
		pos++;
		rev: list of (string, ref Value);
		for(; kv != nil; kv = tl kv)
			rev = hd kv :: rev;
		return ref Value.Obj(rev);
	}
	raise "syntax:unexpected token";
}

parse(toks: array of ref Lex->Token): ref Value
{
	pos = 0;
	v := value(toks);
	if(toks[pos].kind != Lex->END)
		raise "syntax:trailing tokens";
	return v;
}

pretty(v: ref Value, indent: string): string
{
	pick x := v {
	Null =>	return "null";
	True =>	return "true";
	False =>	return "false";
	Num =>	return sys->sprint("%g", x.n);
	Str =>	return "\"" + x.s + "\"";
	Arr =>
		s := "[";
		for(i := 0; i < len x.a; i++){
			if(i > 0)
				s += ", ";
			s += pretty(x.a[i], indent);
		}
		return s + "]";
	Obj =>
		s := "{\n";
		for(l := x.keys; l != nil; l = tl l){
			(k, e) := hd l;
			s += indent + "  " + k + ": " + pretty(e, indent + "  ");
			if(tl l != nil)
				s += ",";
			s += "\n";
		}
		return s + indent + "}";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	lex = load Lex "$self";
	parser = load Parse "$self";

	docs := array[] of {
		"{\"name\": \"inferno\", \"version\": 4, \"tags\": [\"os\", \"dis\", 3.5e2],\n" +
			" \"emu\": {\"hosted\": true, \"gui\": false, \"port\": null}}",
		"[1, 2, [3, [4, []]], -0.25]",
		"{\"a\": 1 \"b\": 2}",
		"[true, nope]",
		"\"unterminated",
		"[1, 2] 3",
		"{\"x\": @}",
	};
	for(i := 0; i < len docs; i++){
		{
			toks := lex->tokens(docs[i]);
			v := parser->parse(toks);
			sys->print("doc %d (%d tokens):\n%s\n", i, len toks - 1, pretty(v, ""));
		} exception e {
		"syntax:*" =>
			sys->print("doc %d: error: %s\n", i, e[7:]);
		}
	}
}
