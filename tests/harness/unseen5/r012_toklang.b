implement Toklang;

include "sys.m";
	sys: Sys;
include "draw.m";

Toklang: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tident, Tnum, Treal, Tstr, Top, Tkw, Teof: con iota;
kindname := array[] of {"ident", "num", "real", "str", "op", "kw", "eof"};
keywords := array[] of {"if", "else", "while", "fn", "return", "let"};

Token: adt {
	kind:	int;
	text:	string;
	line:	int;
	ival:	big;
	rval:	real;

	str:	fn(t: self ref Token): string;
};

Token.str(t: self ref Token): string
{
	s := sys->sprint("%d:%s", t.line, kindname[t.kind]);
	case t.kind {
	Tnum =>	s += sys->sprint("(%bd)", t.ival);
	Treal =>	s += sys->sprint("(%g)", t.rval);
	Tstr =>	s += sys->sprint("(%q)", t.text);
	Teof =>	;
	* =>	s += "(" + t.text + ")";
	}
	return s;
}

Lexer: adt {
	src:	string;
	pos:	int;
	line:	int;

	new:	fn(s: string): ref Lexer;
	next:	fn(l: self ref Lexer): ref Token;
	peekc:	fn(l: self ref Lexer, off: int): int;
};

Lexer.new(s: string): ref Lexer
{
	return ref Lexer(s, 0, 1);
}

Lexer.peekc(l: self ref Lexer, off: int): int
{
	if(l.pos+off < len l.src)
		return l.src[l.pos+off];
	return -1;
}

isalpha(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 16r7F;
}

isdigit(c: int): int
{
	return c >= '0' && c <= '9';
}

ops2 := array[] of {"==", "!=", "<=", ">=", "&&", "||", "->", ":="};

Lexer.next(l: self ref Lexer): ref Token
{
	for(;;){
		c := l.peekc(0);
		if(c == '\n'){
			l.line++;
			l.pos++;
		}else if(c == ' ' || c == '\t')
			l.pos++;
		else if(c == '/' && l.peekc(1) == '/'){
			while(l.peekc(0) != '\n' && l.peekc(0) != -1)
				l.pos++;
		}else
			break;
	}
	start := l.pos;
	c := l.peekc(0);
	if(c == -1)
		return ref Token(Teof, "", l.line, big 0, 0.0);
	if(isalpha(c)){
		while(isalpha(l.peekc(0)) || isdigit(l.peekc(0)))
			l.pos++;
		w := l.src[start:l.pos];
		for(i := 0; i < len keywords; i++)
			if(keywords[i] == w)
				return ref Token(Tkw, w, l.line, big 0, 0.0);
		return ref Token(Tident, w, l.line, big 0, 0.0);
	}
	if(isdigit(c)){
		while(isdigit(l.peekc(0)))
			l.pos++;
		if(l.peekc(0) == '.' && isdigit(l.peekc(1))){
			l.pos++;
			while(isdigit(l.peekc(0)))
				l.pos++;
			t := l.src[start:l.pos];
			return ref Token(Treal, t, l.line, big 0, real t);
		}
		t := l.src[start:l.pos];
		return ref Token(Tnum, t, l.line, big t, 0.0);
	}
	if(c == '"'){
		l.pos++;
		s := "";
		while((c = l.peekc(0)) != '"'){
			if(c == -1 || c == '\n')
				raise sys->sprint("line %d: unterminated string", l.line);
			if(c == '\\'){
				l.pos++;
				c = l.peekc(0);
				if(c == 'n')
					c = '\n';
			}
			s[len s] = c;
			l.pos++;
		}
		l.pos++;
		return ref Token(Tstr, s, l.line, big 0, 0.0);
	}
	if(l.pos+1 < len l.src){
		two := l.src[l.pos:l.pos+2];
		for(i := 0; i < len ops2; i++)
			if(ops2[i] == two){
				l.pos += 2;
				return ref Token(Top, two, l.line, big 0, 0.0);
			}
	}
	l.pos++;
	case c {
	'+' or '-' or '*' or '/' or '=' or '<' or '>' or '(' or ')' or '{' or '}' or ';' or ',' =>
		return ref Token(Top, l.src[start:l.pos], l.line, big 0, 0.0);
	}
	raise sys->sprint("line %d: bad character %c (U+%.4X)", l.line, c, c);
}

lexall(src: string)
{
	lx := Lexer.new(src);
	n := 0;
	{
		for(;;){
			t := lx.next();
			sys->print("%s ", t.str());
			n++;
			if(n % 6 == 0)
				sys->print("\n");
			if(t.kind == Teof)
				break;
		}
		sys->print("\n%d tokens\n", n);
	}exception e{
	"line*" =>
		sys->print("\nlex error: %s\n", e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	prog := "// sample\nfn fact(n) {\n  if n <= 1 { return 1; }\n  return n * fact(n - 1);\n}\nlet x := fact(20);\nlet pi := 3.14159;\nlet s := \"hi\\nthere\";\nlet größe := x != 9999999999999;\n";
	fd := sys->create("/tmp/r012.toy", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", prog);
	fd = sys->open("/tmp/r012.toy", Sys->OREAD);
	buf := array[1024] of byte;
	n := sys->read(fd, buf, len buf);
	lexall(string buf[0:n]);
	lexall("let a := 1;\nlet b := a @ 2;");
	lexall("let s := \"open\nend");
}
