implement Json;

include "sys.m";
	sys: Sys;
include "draw.m";

Json: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

J: adt {
	pick {
	Null =>
	Bool =>
		b: int;
	Num =>
		n: int;
	Str =>
		s: string;
	Arr =>
		items: cyclic list of ref J;
	Obj =>
		fields: cyclic list of (string, ref J);
	}
};

# ---- parser ----
txt: string;
at: int;

ws()
{
	while(at < len txt && (txt[at] == ' ' || txt[at] == '\n' || txt[at] == '\t'))
		at++;
}

expect(c: int)
{
	ws();
	if(at >= len txt || txt[at] != c)
		raise sys->sprint("json: expected '%c' at %d", c, at);
	at++;
}

word(w: string): int
{
	if(at + len w <= len txt && txt[at:at + len w] == w){
		at += len w;
		return 1;
	}
	return 0;
}

value(): ref J
{
	ws();
	if(at >= len txt)
		raise "json: unexpected end";
	c := txt[at];
	case c {
	'{' =>
		at++;
		fs: list of (string, ref J);
		ws();
		if(at < len txt && txt[at] == '}'){
			at++;
			return ref J.Obj(nil);
		}
		for(;;){
			ws();
			k := str();
			expect(':');
			v := value();
			fs = (k, v) :: fs;
			ws();
			if(at < len txt && txt[at] == ','){
				at++;
				continue;
			}
			expect('}');
			break;
		}
		r: list of (string, ref J);
		for(; fs != nil; fs = tl fs)
			r = hd fs :: r;
		return ref J.Obj(r);
	'[' =>
		at++;
		items: list of ref J;
		ws();
		if(at < len txt && txt[at] == ']'){
			at++;
			return ref J.Arr(nil);
		}
		for(;;){
			items = value() :: items;
			ws();
			if(at < len txt && txt[at] == ','){
				at++;
				continue;
			}
			expect(']');
			break;
		}
		r: list of ref J;
		for(; items != nil; items = tl items)
			r = hd items :: r;
		return ref J.Arr(r);
	'"' =>
		return ref J.Str(str());
	}
	if(word("true"))
		return ref J.Bool(1);
	if(word("false"))
		return ref J.Bool(0);
	if(word("null"))
		return ref J.Null;
	if(c == '-' || (c >= '0' && c <= '9')){
		st := at++;
		while(at < len txt && txt[at] >= '0' && txt[at] <= '9')
			at++;
		return ref J.Num(int txt[st:at]);
	}
	raise sys->sprint("json: bad character '%c' at %d", c, at);
}

str(): string
{
	expect('"');
	s := "";
	while(at < len txt && txt[at] != '"'){
		if(txt[at] == '\\' && at + 1 < len txt){
			at++;
			case txt[at] {
			'n' => s[len s] = '\n';
			't' => s[len s] = '\t';
			* => s[len s] = txt[at];
			}
		} else
			s[len s] = txt[at];
		at++;
	}
	expect('"');
	return s;
}

parse(s: string): ref J
{
	txt = s;
	at = 0;
	v := value();
	ws();
	if(at != len txt)
		raise sys->sprint("json: trailing text at %d", at);
	return v;
}

# ---- printing ----
quote(s: string): string
{
	r := "\"";
	for(i := 0; i < len s; i++)
		case s[i] {
		'\n' => r += "\\n";
		'"' => r += "\\\"";
		* => r[len r] = s[i];
		}
	return r + "\"";
}

compact(v: ref J): string
{
	pick x := v {
	Null => return "null";
	Bool => if(x.b) return "true"; return "false";
	Num => return string x.n;
	Str => return quote(x.s);
	Arr =>
		r := "[";
		for(l := x.items; l != nil; l = tl l){
			r += compact(hd l);
			if(tl l != nil)
				r += ",";
		}
		return r + "]";
	Obj =>
		r := "{";
		for(l := x.fields; l != nil; l = tl l){
			(k, fv) := hd l;
			r += quote(k) + ":" + compact(fv);
			if(tl l != nil)
				r += ",";
		}
		return r + "}";
	}
	return "?";
}

pretty(v: ref J, ind: string)
{
	pick x := v {
	Arr =>
		if(x.items == nil){
			sys->print("[]");
			return;
		}
		sys->print("[\n");
		for(l := x.items; l != nil; l = tl l){
			sys->print("%s  ", ind);
			pretty(hd l, ind + "  ");
			if(tl l != nil)
				sys->print(",");
			sys->print("\n");
		}
		sys->print("%s]", ind);
	Obj =>
		if(x.fields == nil){
			sys->print("{}");
			return;
		}
		sys->print("{\n");
		for(l := x.fields; l != nil; l = tl l){
			(k, fv) := hd l;
			sys->print("%s  %s: ", ind, quote(k));
			pretty(fv, ind + "  ");
			if(tl l != nil)
				sys->print(",");
			sys->print("\n");
		}
		sys->print("%s}", ind);
	* =>
		sys->print("%s", compact(v));
	}
}

# ---- queries ----
get(v: ref J, path: list of string): ref J
{
	for(; path != nil && v != nil; path = tl path){
		p := hd path;
		pick x := v {
		Obj =>
			nv: ref J;
			for(l := x.fields; l != nil; l = tl l){
				(k, fv) := hd l;
				if(k == p)
					nv = fv;
			}
			v = nv;
		Arr =>
			i := int p;
			l := x.items;
			for(; i > 0 && l != nil; i--)
				l = tl l;
			if(l == nil)
				v = nil;
			else
				v = hd l;
		* =>
			v = nil;
		}
	}
	return v;
}

# fold over every number in the document
fold(v: ref J, f: ref fn(acc, n: int): int, acc: int): int
{
	pick x := v {
	Num =>
		return f(acc, x.n);
	Arr =>
		for(l := x.items; l != nil; l = tl l)
			acc = fold(hd l, f, acc);
	Obj =>
		for(l := x.fields; l != nil; l = tl l){
			(nil, fv) := hd l;
			acc = fold(fv, f, acc);
		}
	}
	return acc;
}

add(a, n: int): int { return a + n; }
maxf(a, n: int): int { if(n > a) return n; return a; }
cnt(a, nil: int): int { return a + 1; }

split(p: string): list of string
{
	r: list of string;
	st := 0;
	for(i := 0; i <= len p; i++)
		if(i == len p || p[i] == '.'){
			r = p[st:i] :: r;
			st = i + 1;
		}
	out: list of string;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	doc := "{\"name\": \"inferno\", \"version\": 4, \"tags\": [\"os\", \"dis\", \"limbo\"],\n" +
		" \"stats\": {\"files\": 1200, \"lines\": [10, -3, 42], \"ok\": true},\n" +
		" \"empty\": {}, \"none\": null, \"quote\": \"say \\\"hi\\\"\\n\"}";
	v := parse(doc);
	sys->print("compact: %s\n", compact(v));
	pretty(v, "");
	sys->print("\n");
	paths := array[] of {"name", "tags.1", "stats.lines.2", "stats.ok", "stats.missing", "tags.9", "name.x", "empty"};
	for(i := 0; i < len paths; i++){
		r := get(v, split(paths[i]));
		if(r == nil)
			sys->print("%-14s -> (absent)\n", paths[i]);
		else
			sys->print("%-14s -> %s\n", paths[i], compact(r));
	}
	sys->print("numbers: count=%d sum=%d max=%d\n", fold(v, cnt, 0), fold(v, add, 0), fold(v, maxf, -1000000));
	# round trip
	again := parse(compact(v));
	sys->print("round trip equal: %d\n", compact(again) == compact(v));
	bad := array[] of {"[1, 2", "{\"a\" 1}", "[1,,2]", "tru", "[1] x", "  "};
	for(i = 0; i < len bad; i++){
		{
			parse(bad[i]);
			sys->print("%-10s parsed?!\n", bad[i]);
		} exception e {
		"json:*" =>
			sys->print("%-10s error:%s\n", bad[i], e[5:]);
		}
	}
}
