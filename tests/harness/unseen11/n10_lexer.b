implement Lexer;

include "sys.m";
	sys: Sys;
include "draw.m";

Lexer: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tident, Tkeyword, Tnumber, Tstring, Top, Tpunct, Terror, Teof: con iota;

kindname := array[] of {"ident", "keyword", "number", "string", "op", "punct", "error", "eof"};

Token: adt {
	kind:	int;
	text:	string;
	line:	int;
};

Scanner: adt {
	src:	string;
	pos:	int;
	line:	int;

	next:	fn(s: self ref Scanner): Token;
};

iskeyword(w: string): int
{
	case w {
	"if" or "else" or "for" or "while" or "return" or "fn" =>
		return 1;
	}
	return 0;
}

Scanner.next(s: self ref Scanner): Token
{
	# skip blanks and comments; a plain break would only leave the case
skip:	while(s.pos < len s.src){
		case s.src[s.pos] {
		' ' or '\t' or '\r' =>
			s.pos++;
		'\n' =>
			s.pos++;
			s.line++;
		'#' =>
			while(s.pos < len s.src && s.src[s.pos] != '\n')
				s.pos++;
		* =>
			break skip;
		}
	}
	if(s.pos >= len s.src)
		return Token(Teof, "", s.line);
	start := s.pos;
	c := s.src[s.pos++];
	case c {
	'a' to 'z' or 'A' to 'Z' or '_' =>
	word:	while(s.pos < len s.src){
			case s.src[s.pos] {
			'a' to 'z' or 'A' to 'Z' or '_' or '0' to '9' =>
				s.pos++;
			* =>
				break word;
			}
		}
		w := s.src[start:s.pos];
		if(iskeyword(w))
			return Token(Tkeyword, w, s.line);
		return Token(Tident, w, s.line);
	'0' to '9' =>
		while(s.pos < len s.src && s.src[s.pos] >= '0' && s.src[s.pos] <= '9')
			s.pos++;
		return Token(Tnumber, s.src[start:s.pos], s.line);
	'"' =>
		while(s.pos < len s.src && s.src[s.pos] != '"'){
			if(s.src[s.pos] == '\n')
				return Token(Terror, "newline in string", s.line);
			s.pos++;
		}
		if(s.pos >= len s.src)
			return Token(Terror, "unterminated string", s.line);
		s.pos++;
		return Token(Tstring, s.src[start+1:s.pos-1], s.line);
	'=' or '!' or '<' or '>' =>
		if(s.pos < len s.src && s.src[s.pos] == '=')
			s.pos++;
		return Token(Top, s.src[start:s.pos], s.line);
	'+' or '-' or '*' or '/' or '%' =>
		return Token(Top, s.src[start:s.pos], s.line);
	'(' or ')' or '{' or '}' or ';' or ',' =>
		return Token(Tpunct, s.src[start:s.pos], s.line);
	* =>
		return Token(Terror, sys->sprint("unexpected %c (U+%.4ux)", c, c), s.line);
	}
}

prog := "fn max(a, b) {\n\tif (a >= b) return a; # larger\n\treturn b;\n}\n" +
	"x = max(42, 7) * 3;\nmsg = \"héllo, world\";\n" +
	"y = x != 10 @ 2;\nz = \"oops\n";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Scanner(prog, 0, 1);
	counts := array[len kindname] of {* => 0};
	lastline := 0;
	for(;;){
		t := s.next();
		counts[t.kind]++;
		if(t.line != lastline){
			if(lastline)
				sys->print("\n");
			sys->print("%2d:", t.line);
			lastline = t.line;
		}
		case t.kind {
		Teof =>
			sys->print(" <eof>\n");
		Terror =>
			sys->print(" !%s!", t.text);
		Tstring =>
			sys->print(" %q", t.text);
		Tkeyword =>
			sys->print(" %s", toupper(t.text));
		* =>
			sys->print(" %s", t.text);
		}
		if(t.kind == Teof)
			break;
	}
	for(k := 0; k < len counts; k++)
		sys->print("%-8s %d\n", kindname[k], counts[k]);
}

toupper(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		r[i] = c;
	}
	return r;
}
