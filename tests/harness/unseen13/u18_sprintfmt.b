implement Fmts;

include "sys.m";
	sys: Sys;
include "draw.m";

Fmts: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	code:	string;
	desc:	string;
	qty:	int;
	unit:	real;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	items := array[] of {
		Item("A-100", "Hex bolts M6", 250, 0.04),
		Item("B-7", "Washer, flat", 1000, 0.005),
		Item("C-2201", "Bracket (galvanized steel, long)", 12, 3.95),
		Item("D-9", "Epoxy", 2, 14.5),
	};
	line := "";
	for(i := 0; i < 60; i++)
		line += "=";
	sys->print("%s\n", line);
	sys->print("%-8s|%-24s|%6s|%9s|%10s\n", "CODE", "DESCRIPTION", "QTY", "UNIT", "AMOUNT");
	sys->print("%s\n", line);
	total := 0.0;
	for(i = 0; i < len items; i++){
		it := items[i];
		d := it.desc;
		if(len d > 24)
			d = d[0:21] + "...";
		amt := real it.qty * it.unit;
		sys->print("%-8s|%-24s|%6d|%9.3f|%10.2f\n", it.code, d, it.qty, it.unit, amt);
		total += amt;
	}
	sys->print("%s\n", line);
	tax := total * 0.0825;
	sys->print("%49s %10.2f\n", "subtotal", total);
	sys->print("%49s %10.2f\n", "tax 8.25%", tax);
	sys->print("%49s %10.2f\n", "TOTAL", total+tax);
	sys->print("\nformat checks:\n");
	sys->print("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o]\n", 42, 42, 42, 42, 255, 255, 8);
	sys->print("[%e] [%.3e] [%g] [%g]\n", 12345.678, 0.000123, 1e20, 0.0001);
	sys->print("[%c%c%c] [%10.4s] [%-10s]\n", 'a', 16r263A, 'z', "truncated", "left");
	sys->print("[%bd] [%bx] [%%]\n", big -9223372036854775807 - big 1, big 16rDEADBEEFCAFE);
	s := sys->sprint("%d-%s-%g", 7, "x", 2.5);
	sys->print("sprint len %d: %s\n", len s, s);
	u := "héllo wörld";
	sys->print("utf: %d chars, %d bytes, 2nd char %c (%d)\n", len u, len array of byte u, u[1], u[1]);
}
