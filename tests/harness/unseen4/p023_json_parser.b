implement JsonParser;

include "sys.m";
	sys: Sys;
include "draw.m";

JsonParser: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
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
		a: array of ref Val;
	Obj =>
		keys: list of string;
		vals: list of ref Val;
	}
};

Parser: adt {
	s: string;
	pos: int;

	ws: fn(p: self ref Parser);
	peek: fn(p: self ref Parser): int;
	expect: fn(p: self ref Parser, c: int);
	value: fn(p: self ref Parser): ref Val;
	str: fn(p: self ref Parser): string;
};

Parser.ws(p: self ref Parser)
{
	while(p.pos < len p.s && (p.s[p.pos] == ' ' || p.s[p.pos] == '\n' || p.s[p.pos] == '\t'))
		p.pos++;
}

Parser.peek(p: self ref Parser): int
{
	p.ws();
	if(p.pos >= len p.s)
		return -1;
	return p.s[p.pos];
}

Parser.expect(p: self ref Parser, c: int)
{
	if(p.peek() != c)
		raise sys->sprint("syntax: expected '%c' at %d", c, p.pos);
	p.pos++;
}

Parser.str(p: self ref Parser): string
{
	p.expect('"');
	r := "";
	while(p.pos < len p.s && p.s[p.pos] != '"'){
		c := p.s[p.pos++];
		if(c == '\\' && p.pos < len p.s){
			c = p.s[p.pos++];
			case c {
			'n' => c = '\n';
			't' => c = '\t';
			}
		}
		r[len r] = c;
	}
	p.expect('"');
	return r;
}

Parser.value(p: self ref Parser): ref Val
{
	c := p.peek();
	case c {
	'{' =>
		p.pos++;
		keys: list of string;
		vals: list of ref Val;
		if(p.peek() == '}'){
			p.pos++;
			return ref Val.Obj(nil, nil);
		}
		for(;;){
			k := p.str();
			p.expect(':');
			v := p.value();
			keys = k :: keys;
			vals = v :: vals;
			if(p.peek() == ','){
				p.pos++;
				continue;
			}
			p.expect('}');
			break;
		}
		return ref Val.Obj(keys, vals);
	'[' =>
		p.pos++;
		l: list of ref Val;
		n := 0;
		if(p.peek() == ']'){
			p.pos++;
			return ref Val.Arr(array[0] of ref Val);
		}
		for(;;){
			l = p.value() :: l;
			n++;
			if(p.peek() == ','){
				p.pos++;
				continue;
			}
			p.expect(']');
			break;
		}
		a := array[n] of ref Val;
		for(; l != nil; l = tl l)
			a[--n] = hd l;
		return ref Val.Arr(a);
	'"' =>
		return ref Val.Str(p.str());
	'-' or '0' to '9' =>
		start := p.pos;
		while(p.pos < len p.s && (p.s[p.pos] == '-' || p.s[p.pos] == '.' || p.s[p.pos] == 'e' || (p.s[p.pos] >= '0' && p.s[p.pos] <= '9')))
			p.pos++;
		return ref Val.Num(real p.s[start:p.pos]);
	't' or 'f' or 'n' =>
		start := p.pos;
		while(p.pos < len p.s && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z')
			p.pos++;
		case p.s[start:p.pos] {
		"true" => return ref Val.Bool(1);
		"false" => return ref Val.Bool(0);
		"null" => return ref Val.Null;
		}
		raise "syntax: bad word " + p.s[start:p.pos];
	-1 =>
		raise "syntax: unexpected end";
	}
	raise sys->sprint("syntax: unexpected '%c' at %d", c, p.pos);
}

show(v: ref Val, indent: string): string
{
	pick x := v {
	Null =>
		return "null";
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Num =>
		return sys->sprint("%g", x.n);
	Str =>
		return "\"" + x.s + "\"";
	Arr =>
		if(len x.a == 0)
			return "[]";
		r := "[\n";
		for(i := 0; i < len x.a; i++){
			r += indent + "  " + show(x.a[i], indent + "  ");
			if(i < len x.a - 1)
				r += ",";
			r += "\n";
		}
		return r + indent + "]";
	Obj =>
		r := "{";
		(k, vl) := (x.keys, x.vals);
		# stored reversed; print in source order
		rk: list of string;
		rv: list of ref Val;
		for(; k != nil; (k, vl) = (tl k, tl vl)){
			rk = hd k :: rk;
			rv = hd vl :: rv;
		}
		sep := "";
		for(; rk != nil; (rk, rv) = (tl rk, tl rv)){
			r += sep + " " + hd rk + ": " + show(hd rv, indent);
			sep = ",";
		}
		return r + " }";
	}
	return "?";
}

sum(v: ref Val): real
{
	pick x := v {
	Num =>
		return x.n;
	Arr =>
		s := 0.0;
		for(i := 0; i < len x.a; i++)
			s += sum(x.a[i]);
		return s;
	Obj =>
		s := 0.0;
		for(l := x.vals; l != nil; l = tl l)
			s += sum(hd l);
		return s;
	}
	return 0.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	docs := array[] of {
		"{\"name\": \"widget\", \"tags\": [\"a\", \"b\\tc\"], \"price\": 12.5, \"stock\": null}",
		"[1, 2, [3, 4, []], {\"x\": -1.5e2, \"ok\": true}]",
		"{}",
		"[1, 2,",
		"{\"a\" 1}",
		"[tru]",
		"\"ünïcode ok\"",
	};
	for(i := 0; i < len docs; i++){
		p := ref Parser(docs[i], 0);
		{
			v := p.value();
			if(p.peek() != -1)
				raise "syntax: trailing data";
			sys->print("doc %d: %s\n", i, show(v, ""));
			sys->print("  numeric sum %g\n", sum(v));
		} exception e {
			"syntax:*" =>
				sys->fprint(sys->fildes(2), "doc %d: %s\n", i, e);
		}
	}
}
