implement Json;

include "sys.m";
	sys: Sys;
include "draw.m";

Json: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Val: adt {
	pick {
	Null =>
	Bool =>
		b: int;
	Num =>
		n: real;
	Str =>
		s: string;
	Arr =>
		a: list of ref Val;
	Obj =>
		m: list of (string, ref Val);
	}
	text:	fn(v: self ref Val): string;
};

Parser: adt {
	s:	string;
	i:	int;

	ws:	fn(p: self ref Parser);
	value:	fn(p: self ref Parser): ref Val;
	str:	fn(p: self ref Parser): string;
	expect:	fn(p: self ref Parser, c: int);
};

Parser.ws(p: self ref Parser)
{
	while(p.i < len p.s && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t'))
		p.i++;
}

Parser.expect(p: self ref Parser, c: int)
{
	p.ws();
	if(p.i >= len p.s || p.s[p.i] != c)
		raise sys->sprint("json: expected '%c' at %d", c, p.i);
	p.i++;
}

Parser.str(p: self ref Parser): string
{
	p.expect('"');
	r := "";
	for(;;){
		if(p.i >= len p.s)
			raise "json: unterminated string";
		c := p.s[p.i++];
		if(c == '"')
			break;
		if(c == '\\'){
			c = p.s[p.i++];
			case c {
			'n' => c = '\n';
			't' => c = '\t';
			'u' =>
				v := 0;
				for(k := 0; k < 4; k++){
					h := p.s[p.i++];
					case h {
					'0' to '9' => v = v*16 + h - '0';
					'a' to 'f' => v = v*16 + h - 'a' + 10;
					'A' to 'F' => v = v*16 + h - 'A' + 10;
					* => raise "json: bad hex";
					}
				}
				c = v;
			}
		}
		r[len r] = c;
	}
	return r;
}

Parser.value(p: self ref Parser): ref Val
{
	p.ws();
	if(p.i >= len p.s)
		raise "json: unexpected end";
	c := p.s[p.i];
	case c {
	'{' =>
		p.i++;
		m: list of (string, ref Val);
		p.ws();
		if(p.s[p.i] == '}'){
			p.i++;
			return ref Val.Obj(nil);
		}
		for(;;){
			k := p.str();
			p.expect(':');
			v := p.value();
			m = (k, v) :: m;
			p.ws();
			if(p.s[p.i] == ','){
				p.i++;
				continue;
			}
			p.expect('}');
			break;
		}
		r: list of (string, ref Val);
		for(; m != nil; m = tl m)
			r = hd m :: r;
		return ref Val.Obj(r);
	'[' =>
		p.i++;
		a: list of ref Val;
		p.ws();
		if(p.s[p.i] == ']'){
			p.i++;
			return ref Val.Arr(nil);
		}
		for(;;){
			a = p.value() :: a;
			p.ws();
			if(p.s[p.i] == ','){
				p.i++;
				continue;
			}
			p.expect(']');
			break;
		}
		r: list of ref Val;
		for(; a != nil; a = tl a)
			r = hd a :: r;
		return ref Val.Arr(r);
	'"' =>
		return ref Val.Str(p.str());
	't' =>
		p.i += 4;
		return ref Val.Bool(1);
	'f' =>
		p.i += 5;
		return ref Val.Bool(0);
	'n' =>
		p.i += 4;
		return ref Val.Null;
	'-' or '0' to '9' =>
		st := p.i;
		while(p.i < len p.s && (p.s[p.i] == '-' || p.s[p.i] == '.' || p.s[p.i] == 'e' || p.s[p.i] == '+' || (p.s[p.i] >= '0' && p.s[p.i] <= '9')))
			p.i++;
		return ref Val.Num(real p.s[st:p.i]);
	}
	raise sys->sprint("json: bad char '%c' at %d", c, p.i);
}

Val.text(v: self ref Val): string
{
	pick x := v {
	Null => return "null";
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Num =>
		if(x.n == real int x.n)
			return string int x.n;
		return sys->sprint("%g", x.n);
	Str => return sys->sprint("%q", x.s);
	Arr =>
		s := "[";
		for(l := x.a; l != nil; l = tl l){
			s += (hd l).text();
			if(tl l != nil)
				s += ", ";
		}
		return s + "]";
	Obj =>
		s := "{";
		for(l := x.m; l != nil; l = tl l){
			(k, e) := hd l;
			s += k + ": " + e.text();
			if(tl l != nil)
				s += ", ";
		}
		return s + "}";
	}
	return "?";
}

depth(v: ref Val): int
{
	d := 0;
	pick x := v {
	Arr =>
		for(l := x.a; l != nil; l = tl l)
			if((n := depth(hd l)) > d)
				d = n;
		return d + 1;
	Obj =>
		for(l := x.m; l != nil; l = tl l)
			if((n := depth((hd l).t1)) > d)
				d = n;
		return d + 1;
	}
	return 0;
}

docs := array[] of {
	"{\"name\": \"widget\", \"price\": 12.5, \"tags\": [\"a\", \"b\"], \"stock\": 40}",
	"[1, 2, [3, [4, []]], {\"x\": null, \"y\": true}]",
	"\"caf\\u00e9 \\u03bb\"",
	"  -3.25e2 ",
	"{\"a\": [1, 2,}",
	"[1, 2",
	"{\"k\": @}",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len docs; i++){
		p := ref Parser(docs[i], 0);
		{
			v := p.value();
			sys->print("%d: %s (depth %d)\n", i, v.text(), depth(v));
			pick o := v {
			Obj =>
				n := 0;
				for(l := o.m; l != nil; l = tl l)
					n++;
				sys->print("   object with %d keys\n", n);
			Str =>
				sys->print("   string of %d chars, %d bytes\n", len o.s, len array of byte o.s);
			}
		} exception e {
		"json:*" =>
			sys->print("%d: error %s\n", i, e[6:]);
		"out of bounds*" or "array bounds*" =>
			sys->print("%d: truncated input\n", i);
		}
	}
}
