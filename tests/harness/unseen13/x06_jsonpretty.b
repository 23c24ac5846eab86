implement JsonPretty;

include "sys.m";
	sys: Sys;
include "draw.m";

JsonPretty: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

JValue: adt {
	pick {
	Null =>
	Bool =>	b: int;
	Num =>	s: string;
	Str =>	s: string;
	Arr =>	items: list of ref JValue;
	Obj =>	keys: list of string; vals: list of ref JValue;
	}
};

Lexer: adt {
	s:	string;
	pos:	int;
	skip:	fn(l: self ref Lexer): int;
	expect:	fn(l: self ref Lexer, c: int);
	value:	fn(l: self ref Lexer): ref JValue;
	str:	fn(l: self ref Lexer): string;
};

Lexer.skip(l: self ref Lexer): int
{
	while(l.pos < len l.s && (l.s[l.pos] == ' ' || l.s[l.pos] == '\n' || l.s[l.pos] == '\t'))
		l.pos++;
	if(l.pos >= len l.s) return -1;
	return l.s[l.pos];
}

Lexer.expect(l: self ref Lexer, c: int)
{
	if(l.skip() != c) raise sys->sprint("json: expected '%c' at %d", c, l.pos);
	l.pos++;
}

Lexer.str(l: self ref Lexer): string
{
	l.expect('"');
	r := "";
	while(l.pos < len l.s && l.s[l.pos] != '"'){
		c := l.s[l.pos++];
		if(c == '\\'){
			c = l.s[l.pos++];
			case c {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			}
		}
		r[len r] = c;
	}
	l.pos++;
	return r;
}

reverse[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

Lexer.value(l: self ref Lexer): ref JValue
{
	c := l.skip();
	case c {
	'{' =>
		l.pos++;
		keys: list of string;
		vals: list of ref JValue;
		if(l.skip() == '}'){
			l.pos++;
			return ref JValue.Obj(nil, nil);
		}
		for(;;){
			keys = l.str() :: keys;
			l.expect(':');
			vals = l.value() :: vals;
			if(l.skip() != ',') break;
			l.pos++;
		}
		l.expect('}');
		return ref JValue.Obj(reverse(keys), reverse(vals));
	'[' =>
		l.pos++;
		items: list of ref JValue;
		if(l.skip() == ']'){
			l.pos++;
			return ref JValue.Arr(nil);
		}
		for(;;){
			items = l.value() :: items;
			if(l.skip() != ',') break;
			l.pos++;
		}
		l.expect(']');
		return ref JValue.Arr(reverse(items));
	'"' =>
		return ref JValue.Str(l.str());
	}
	start := l.pos;
	while(l.pos < len l.s && l.s[l.pos] != ',' && l.s[l.pos] != ']' && l.s[l.pos] != '}' && l.s[l.pos] != ' ')
		l.pos++;
	w := l.s[start:l.pos];
	case w {
	"null" =>	return ref JValue.Null;
	"true" =>	return ref JValue.Bool(1);
	"false" =>	return ref JValue.Bool(0);
	}
	if(w == "" || !(w[0] == '-' || w[0] >= '0' && w[0] <= '9')) raise sys->sprint("json: bad token '%s' at %d", w, start);
	return ref JValue.Num(w);
}

quote(s: string): string
{
	r := "\"";
	for(i := 0; i < len s; i++)
		case s[i] {
		'"' =>	r += "\\\"";
		'\n' =>	r += "\\n";
		'\t' =>	r += "\\t";
		* =>	r[len r] = s[i];
		}
	return r + "\"";
}

pretty(v: ref JValue, ind: int): string
{
	pad := "";
	for(i := 0; i < ind; i++)
		pad += "  ";
	pick x := v {
	Null =>	return "null";
	Bool =>	if(x.b) return "true"; return "false";
	Num =>	return x.s;
	Str =>	return quote(x.s);
	Arr =>
		if(x.items == nil) return "[]";
		s := "[\n";
		for(l := x.items; l != nil; l = tl l){
			s += pad + "  " + pretty(hd l, ind+1);
			if(tl l != nil)
				s += ",";
			s += "\n";
		}
		return s + pad + "]";
	Obj =>
		if(x.keys == nil) return "{}";
		s := "{\n";
		vl := x.vals;
		for(k := x.keys; k != nil; k = tl k){
			s += pad + "  " + quote(hd k) + ": " + pretty(hd vl, ind+1);
			vl = tl vl;
			if(k != nil && tl k != nil)
				s += ",";
			s += "\n";
		}
		return s + pad + "}";
	}
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	docs := array[] of {
		"{\"name\":\"inferno\",\"version\":4,\"tags\":[\"os\",\"dis\",\"limbo\"],\"ok\":true,\"extra\":null}",
		"[1, -2.5, {\"a\": {\"b\": []}, \"c\": {}}, \"tab\\there\"]",
		"{\"unterminated\": [1, 2 }",
	};
	for(i := 0; i < len docs; i++){
		{
			v := (ref Lexer(docs[i], 0)).value();
			sys->print("%s\n", pretty(v, 0));
		} exception e {
		"json:*" =>
			sys->fprint(sys->fildes(2), "error: %s\n", e);
		}
	}
}
