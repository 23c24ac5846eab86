#args: 5 km mi 100 F C 3.5 kg lb 2 gal l 37 C K 12 in cm 1 mi furlong 10 lb m
implement Units;

include "sys.m";
	sys: Sys;
include "draw.m";

Units: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a unit is expressed as base = value*factor + offset
Unit: adt {
	name:	string;
	kind:	string;
	factor:	real;
	offset:	real;
	long:	string;

	tobase:	fn(u: self ref Unit, v: real): real;
	frombase:	fn(u: self ref Unit, v: real): real;
};

Unit.tobase(u: self ref Unit, v: real): real
{
	return v*u.factor + u.offset;
}

Unit.frombase(u: self ref Unit, v: real): real
{
	return (v - u.offset)/u.factor;
}

table: array of ref Unit;

mktable()
{
	table = array[] of {
		ref Unit("m", "length", 1.0, 0.0, "metre"),
		ref Unit("km", "length", 1000.0, 0.0, "kilometre"),
		ref Unit("cm", "length", 0.01, 0.0, "centimetre"),
		ref Unit("in", "length", 0.0254, 0.0, "inch"),
		ref Unit("ft", "length", 0.3048, 0.0, "foot"),
		ref Unit("mi", "length", 1609.344, 0.0, "mile"),
		ref Unit("kg", "mass", 1.0, 0.0, "kilogram"),
		ref Unit("g", "mass", 0.001, 0.0, "gram"),
		ref Unit("lb", "mass", 0.45359237, 0.0, "pound"),
		ref Unit("oz", "mass", 0.028349523125, 0.0, "ounce"),
		ref Unit("l", "volume", 1.0, 0.0, "litre"),
		ref Unit("gal", "volume", 3.785411784, 0.0, "US gallon"),
		ref Unit("K", "temperature", 1.0, 0.0, "kelvin"),
		ref Unit("C", "temperature", 1.0, 273.15, "celsius"),
		ref Unit("F", "temperature", 5.0/9.0, 273.15 - 32.0*5.0/9.0, "fahrenheit"),
	};
}

find(name: string): ref Unit
{
	for(i := 0; i < len table; i++)
		if(table[i].name == name)
			return table[i];
	return nil;
}

convert(v: real, from, dst: string): (real, string)
{
	f := find(from);
	if(f == nil)
		return (0.0, "unknown unit '" + from + "'");
	t := find(dst);
	if(t == nil)
		return (0.0, "unknown unit '" + dst + "'");
	if(f.kind != t.kind)
		return (0.0, "cannot convert " + f.kind + " to " + t.kind);
	return (t.frombase(f.tobase(v)), nil);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	mktable();

	sys->print("%-5s %-12s %-12s %s\n", "unit", "name", "kind", "in base");
	kind := "";
	for(i := 0; i < len table; i++){
		u := table[i];
		if(u.kind != kind){
			kind = u.kind;
			sys->print("\n");
		}
		sys->print("%-5s %-12s %-12s %.6g\n", u.name, u.long, u.kind, u.tobase(1.0));
	}
	sys->print("\n");

	args = tl args;
	ok := 0;
	bad := 0;
	while(args != nil){
		if(tl args == nil || tl tl args == nil){
			sys->print("incomplete request at '%s'\n", hd args);
			bad++;
			break;
		}
		v := real hd args;
		from := hd tl args;
		dst := hd tl tl args;
		args = tl tl tl args;
		(r, err) := convert(v, from, dst);
		if(err != nil){
			sys->print("%g %s -> %s: error: %s\n", v, from, dst, err);
			bad++;
		}else{
			sys->print("%g %s = %.4f %s\n", v, from, r, dst);
			ok++;
		}
	}
	sys->print("\n%d converted, %d failed\n", ok, bad);

	# round trip check on every pair within a kind
	worst := 0.0;
	for(i = 0; i < len table; i++)
		for(j := 0; j < len table; j++){
			if(table[i].kind != table[j].kind)
				continue;
			(x, nil) := convert(42.0, table[i].name, table[j].name);
			(y, nil) := convert(x, table[j].name, table[i].name);
			d := y - 42.0;
			if(d < 0.0)
				d = -d;
			if(d > worst)
				worst = d;
		}
	if(worst < 1e-9)
		sys->print("round trips ok\n");
	else
		sys->print("round trip error %g\n", worst);
}
