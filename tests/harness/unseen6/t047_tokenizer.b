implement Tokenizer;

include "sys.m";
	sys: Sys;
include "draw.m";

Tokenizer: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Tok: adt {
	kind:	int;
	text:	string;
};

IDENT, NUMBER, PUNCT, STRING: con iota;
kinds := array[] of {"ident", "number", "punct", "string"};

lex(s: string): list of ref Tok
{
	toks: list of ref Tok;
	i := 0;
	while(i < len s){
		c := s[i];
		st := i;
		if(c == ' ' || c == '\t'){
			i++;
			continue;
		}
		if((c >= 'a' && c <= 'z') || c == '_'){
			while(i < len s && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || (s[i] >= '0' && s[i] <= '9')))
				i++;
			toks = ref Tok(IDENT, s[st:i]) :: toks;
		}else if(c >= '0' && c <= '9'){
			while(i < len s && s[i] >= '0' && s[i] <= '9')
				i++
			toks = ref Tok(NUMBER, s[st:i]) :: toks;
		}else if(c == '"'){
			i++;
			while(i < len s && s[i] != '"')
				i++;
			i++;
			toks = ref Tok(STRING, s[st:i]) :: toks;
		}else{
			i++;
			toks = ref Tok(PUNCT, s[st:i]) :: toks;
		}
	}
	r: list of ref Tok;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(l := lex("x := foo(42, \"bar\") + y_2;"); l != nil; l = tl l)
		sys->print("%-6s %s\n", kinds[(hd l).kind], (hd l).text);
}
