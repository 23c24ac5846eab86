implement CaseLexer;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseLexer: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Tok: adt {
	kind: string;
	text: string;
};

keyword(s: string): string
{
	case s {
	"if" or "else" or "while" or "for" =>
		return "KW";
	"fn" or "return" =>
		return "KWF";
	"x" to "zz" =>
		return "XYZ";
	* =>
		return "ID";
	}
}

lex(s: string): list of Tok
{
	toks: list of Tok;
	i := 0;
	while(i < len s){
		c := s[i];
		case c {
		' ' or '\t' or '\n' =>
			i++;
		'0' to '9' =>
			j := i;
			while(j < len s && s[j] >= '0' && s[j] <= '9')
				j++;
			toks = Tok("NUM", s[i:j]) :: toks;
			i = j;
		'a' to 'z' or 'A' to 'Z' or '_' =>
			j := i;
			loop: while(j < len s){
				case s[j] {
				'a' to 'z' or 'A' to 'Z' or '0' to '9' or '_' =>
					j++;
				* =>
					break loop;
				}
			}
			w := s[i:j];
			toks = Tok(keyword(w), w) :: toks;
			i = j;
		'+' or '-' or '*' or '/' =>
			if(i+1 < len s && s[i+1] == '='){
				toks = Tok("ASSIGNOP", s[i:i+2]) :: toks;
				i += 2;
			} else {
				toks = Tok("OP", s[i:i+1]) :: toks;
				i++;
			}
		'(' or ')' or '{' or '}' or ';' =>
			toks = Tok("PUNCT", s[i:i+1]) :: toks;
			i++;
		'"' =>
			j := i + 1;
			while(j < len s && s[j] != '"')
				j++;
			toks = Tok("STR", s[i+1:j]) :: toks;
			i = j + 1;
		16r80 to 16rFFFF =>
			toks = Tok("UNI", s[i:i+1]) :: toks;
			i++;
		* =>
			toks = Tok("ERR", sys->sprint("%c(%d)", c, c)) :: toks;
			i++;
		}
	}
	r: list of Tok;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

classify(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 or 2 or 3 =>
		return "few";
	4 to 9 =>
		return "several";
	10 to 99 =>
		return "many";
	-1000 to -1 =>
		return "negative";
	* =>
		return "lots";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	src := "if (x1 >= 42) { total += b_val * 3; say(\"hi there\"); } λ e";
	counts := array[8] of {* => 0};
	for(l := lex(src); l != nil; l = tl l){
		t := hd l;
		sys->print("%-8s %s\n", t.kind, t.text);
		case t.kind {
		"KW" or "KWF" => counts[0]++;
		"ID" or "XYZ" => counts[1]++;
		"NUM" => counts[2]++;
		"OP" or "ASSIGNOP" => counts[3]++;
		"PUNCT" => counts[4]++;
		* => counts[5]++;
		}
	}
	sys->print("kw=%d id=%d num=%d op=%d punct=%d other=%d\n",
		counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
	nums := array[] of {0, 2, 7, 10, 99, 100, -5, -5000};
	for(i := 0; i < len nums; i++)
		sys->fprint(sys->fildes(2), "%d is %s\n", nums[i], classify(nums[i]));
}
