implement Shtok;

include "sys.m";
	sys: Sys;
include "draw.m";

Shtok: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tok: adt {
	pick {
	Word =>
		text:	string;
		quoted:	int;
	Op =>
		op:	string;
	}
	str:	fn(t: self ref Tok): string;
};

Tok.str(t: self ref Tok): string
{
	pick x := t {
	Word =>
		if(x.quoted)
			return "Q(" + x.text + ")";
		return "W(" + x.text + ")";
	Op =>
		return "O(" + x.op + ")";
	}
	return "?";
}

Lexerr: exception(string, int);

lex(s: string): list of ref Tok raises Lexerr
{
	toks: list of ref Tok;
	i := 0;
	while(i < len s){
		c := s[i];
		case c {
		' ' or '\t' =>
			i++;
		'#' =>
			i = len s;
		'|' or '&' or ';' or '<' or '>' or '{' or '}' or '(' or ')' or '^' =>
			op := s[i:i+1];
			if((c == '>' || c == '&' || c == '|') && i+1 < len s && s[i+1] == c){
				op = s[i:i+2];
				i++;
			}
			i++;
			toks = ref Tok.Op(op) :: toks;
		* =>
			w := "";
			q := 0;
		Word:
			while(i < len s){
				c = s[i];
				case c {
				' ' or '\t' or '|' or '&' or ';' or '<' or '>' or '{' or '}' or '(' or ')' or '^' or '#' =>
					break Word;
				'\'' =>
					q = 1;
					i++;
					for(;;){
						if(i >= len s)
							raise Lexerr("unterminated quote", i);
						if(s[i] == '\''){
							if(i+1 < len s && s[i+1] == '\''){
								w[len w] = '\'';
								i += 2;
								continue;
							}
							i++;
							break;
						}
						w[len w] = s[i++];
					}
				'\\' =>
					if(i+1 >= len s)
						raise Lexerr("trailing backslash", i);
					w[len w] = s[i+1];
					i += 2;
				* =>
					w[len w] = c;
					i++;
				}
			}
			toks = ref Tok.Word(w, q) :: toks;
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
	lines := array[] of {
		"ls -l /dis | grep sh",
		"echo 'hello world' >> /tmp/out; cat</tmp/in",
		"x='it''s' y=a\\ b {echo $x} &",
		"a^b^'c d' # comment here",
		"cmd || other && more",
		"echo 'unterminated",
		"",
		"end\\",
	};
	for(i := 0; i < len lines; i++){
		sys->print("%q:", lines[i]);
		{
			toks := lex(lines[i]);
			if(toks == nil)
				sys->print(" (empty)");
			for(; toks != nil; toks = tl toks)
				sys->print(" %s", (hd toks).str());
			sys->print("\n");
		} exception e {
		Lexerr =>
			(msg, pos) := e;
			sys->print(" error at %d: %s\n", pos, msg);
		}
	}
}
