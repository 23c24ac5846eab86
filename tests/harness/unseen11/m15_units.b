#args: 12.5km 3h20m 1536KiB 72F -40C 2.5e3g 90s 1mi 7zz 100%
implement Units;

include "sys.m";
	sys: Sys;
include "draw.m";

Units: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Unit: adt {
	name:	string;
	kind:	string;
	factor:	real;	# to base unit
};

units := array[] of {
	Unit("mm", "length", 0.001), Unit("cm", "length", 0.01), Unit("m", "length", 1.0),
	Unit("km", "length", 1000.0), Unit("mi", "length", 1609.344), Unit("ft", "length", 0.3048),
	Unit("s", "time", 1.0), Unit("m", "time", 60.0), Unit("h", "time", 3600.0),
	Unit("B", "size", 1.0), Unit("KiB", "size", 1024.0), Unit("MiB", "size", 1048576.0),
	Unit("g", "mass", 1.0), Unit("kg", "mass", 1000.0),
	Unit("C", "temp", 1.0), Unit("F", "temp", 1.0),
};

# split "12.5km" into number and suffix
numsplit(s: string): (string, string)
{
	i := 0;
	if(i < len s && (s[i] == '-' || s[i] == '+'))
		i++;
	while(i < len s && (s[i] >= '0' && s[i] <= '9' || s[i] == '.'))
		i++;
	if(i < len s && s[i] == 'e' && i+1 < len s && s[i+1] >= '0' && s[i+1] <= '9'){
		i++;
		while(i < len s && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	return (s[0:i], s[i:]);
}

findunit(name, kind: string): ref Unit
{
	for(i := 0; i < len units; i++)
		if(units[i].name == name && (kind == nil || units[i].kind == kind))
			return ref units[i];
	return nil;
}

# time may be compound: 3h20m
parsetime(s: string): (real, int)
{
	total := 0.0;
	while(s != ""){
		(num, rest) := numsplit(s);
		if(num == "")
			return (0.0, 0);
		i := 0;
		while(i < len rest && !(rest[i] >= '0' && rest[i] <= '9'))
			i++;
		u := findunit(rest[0:i], "time");
		if(u == nil)
			return (0.0, 0);
		total += real num * u.factor;
		s = rest[i:];
	}
	return (total, 1);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		arg := hd argv;
		(num, suf) := numsplit(arg);
		v := real num;
		u := findunit(suf, nil);
		if(u != nil && u.kind == "length" && suf == "m")
			u = nil;	# ambiguous alone; treat as minutes below
		if(u == nil || u.kind == "time"){
			(secs, ok) := parsetime(arg);
			if(ok){
				h := int secs / 3600;
				m := (int secs % 3600) / 60;
				sys->print("%-8s = %8.0f s = %d:%02d:%02d\n", arg, secs, h, m, int secs % 60);
				continue;
			}
			sys->fprint(sys->fildes(2), "%-8s : unknown unit %q (number part %q = %g)\n", arg, suf, num, v);
			continue;
		}
		base := v * u.factor;
		case u.kind {
		"length" =>
			sys->print("%-8s = %12.3f m = %10.4f mi = %10.1f ft\n", arg, base, base / 1609.344, base / 0.3048);
		"size" =>
			sys->print("%-8s = %12.0f B = %10.3f MiB = %#10x\n", arg, base, base / 1048576.0, int base);
		"mass" =>
			sys->print("%-8s = %12.3f kg = %10.2e mg\n", arg, base / 1000.0, base * 1000.0);
		"temp" =>
			c, f: real;
			if(u.name == "C"){
				c = v;
				f = v * 9.0 / 5.0 + 32.0;
			}else{
				f = v;
				c = (v - 32.0) * 5.0 / 9.0;
			}
			sys->print("%-8s = %+8.2fC = %+8.2fF = %8.2fK\n", arg, c, f, c + 273.15);
		}
	}
}
