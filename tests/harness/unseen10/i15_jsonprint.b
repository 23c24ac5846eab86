implement Jsonprint;

include "sys.m";
	sys: Sys;
include "draw.m";

Jsonprint: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Val: adt {
	pick {
	Null =>
	Bool =>
		b:	int;
	Num =>
		r:	real;
	Str =>
		s:	string;
	Arr =>
		a:	array of ref Val;
	Obj =>
		keys:	array of string;
		vals:	array of ref Val;
	}
};

quote(s: string): string
{
	r := "\"";
	for(i := 0; i < len s; i++){
		c := s[i];
		case c {
		'"' =>	r += "\\\"";
		'\\' =>	r += "\\\\";
		'\n' =>	r += "\\n";
		'\t' =>	r += "\\t";
		* =>
			if(c < 16r20 || c > 16r7e)
				r += sys->sprint("\\u%04x", c);
			else
				r[len r] = c;
		}
	}
	return r + "\"";
}

num(r: real): string
{
	if(r < 1e9 && r > -1e9 && r == real int r)
		return string int r;
	return sys->sprint("%g", r);
}

compact(v: ref Val): string
{
	pick x := v {
	Null =>	return "null";
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Num =>	return num(x.r);
	Str =>	return quote(x.s);
	Arr =>
		s := "[";
		for(i := 0; i < len x.a; i++){
			if(i)
				s += ",";
			s += compact(x.a[i]);
		}
		return s + "]";
	Obj =>
		s := "{";
		for(i := 0; i < len x.keys; i++){
			if(i)
				s += ",";
			s += quote(x.keys[i]) + ":" + compact(x.vals[i]);
		}
		return s + "}";
	}
	return "?";
}

pad(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += "  ";
	return s;
}

# pretty printer: short containers stay on one line
pretty(v: ref Val, depth: int): string
{
	c := compact(v);
	if(len c + 2*depth <= 40)
		return c;
	pick x := v {
	Arr =>
		s := "[\n";
		for(i := 0; i < len x.a; i++){
			s += pad(depth+1) + pretty(x.a[i], depth+1);
			if(i < len x.a - 1)
				s += ",";
			s += "\n";
		}
		return s + pad(depth) + "]";
	Obj =>
		s := "{\n";
		for(i := 0; i < len x.keys; i++){
			s += pad(depth+1) + quote(x.keys[i]) + ": " + pretty(x.vals[i], depth+1);
			if(i < len x.keys - 1)
				s += ",";
			s += "\n";
		}
		return s + pad(depth) + "}";
	}
	return c;
}

get(v: ref Val, path: list of string): ref Val
{
	for(; path != nil; path = tl path){
		k := hd path;
		pick x := v {
		Arr =>
			i := int k;
			if(i < 0 || i >= len x.a)
				return nil;
			v = x.a[i];
		Obj =>
			found := 0;
			for(i := 0; i < len x.keys; i++)
				if(x.keys[i] == k){
					v = x.vals[i];
					found = 1;
					break;
				}
			if(!found)
				return nil;
		* =>
			return nil;
		}
	}
	return v;
}

count(v: ref Val): (int, int)
{
	# returns (leaves, max depth)
	pick x := v {
	Arr =>
		n := 0; d := 0;
		for(i := 0; i < len x.a; i++){
			(a, b) := count(x.a[i]);
			n += a;
			if(b > d) d = b;
		}
		return (n, d+1);
	Obj =>
		n := 0; d := 0;
		for(i := 0; i < len x.vals; i++){
			(a, b) := count(x.vals[i]);
			n += a;
			if(b > d) d = b;
		}
		return (n, d+1);
	}
	return (1, 0);
}

vs(s: string): ref Val
{
	return ref Val.Str(s);
}

vn(r: real): ref Val
{
	return ref Val.Num(r);
}

obj(kv: array of (string, ref Val)): ref Val
{
	k := array[len kv] of string;
	v := array[len kv] of ref Val;
	for(i := 0; i < len kv; i++)
		(k[i], v[i]) = kv[i];
	return ref Val.Obj(k, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	doc := obj(array[] of {
		("name", vs("weekend \"hike\"")),
		("distance_km", vn(12.75)),
		("done", ref Val.Bool(0)),
		("leader", ref Val.Null),
		("tags", ref Val.Arr(array[] of {vs("outdoor"), vs("easy\tgoing")})),
		("stops", ref Val.Arr(array[] of {
			obj(array[] of {("at", vs("trailhead")), ("km", vn(0.0))}),
			obj(array[] of {("at", vs("waterfall")), ("km", vn(4.5)),
				("photos", ref Val.Arr(array[] of {vn(1.0), vn(2.0), vn(3.0)}))}),
			obj(array[] of {("at", vs("summit")), ("km", vn(6.375)),
				("elev", obj(array[] of {("m", vn(1873.0)), ("ft", vn(6145.0))}))}),
		})),
		("budget", vn(-1.5e10)),
		("empty", ref Val.Arr(array[0] of ref Val)),
		("note", vs("caf\u00e9")),
	});
	sys->print("compact:\n%s\n\n", compact(doc));
	sys->print("pretty:\n%s\n\n", pretty(doc, 0));
	(leaves, depth) := count(doc);
	sys->print("leaves %d, depth %d\n", leaves, depth);
	paths := array[] of {
		"stops 1 at" :: nil,
		"stops 2 elev ft" :: nil,
		"stops 1 photos" :: nil,
		"tags 5" :: nil,
		"name x" :: nil,
	};
	for(i := 0; i < len paths; i++){
		(nil, p) := sys->tokenize(hd paths[i], " ");
		v := get(doc, p);
		if(v == nil)
			sys->print("get %s: not found\n", hd paths[i]);
		else
			sys->print("get %s: %s\n", hd paths[i], compact(v));
	}
}
