implement FixedMoney;

include "sys.m";
	sys: Sys;
include "draw.m";

FixedMoney: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cents: type fixed(0.01, 1000000.0);
Rate: type fixed(0.0001, 100.0);
Q16: type fixed(2.0**-16);

Item: adt {
	name: string;
	price: Cents;
	qty: int;
};

fmtc(c: Cents): string
{
	return sys->sprint("%.2f", real c);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	items := array[] of {
		Item("widget", Cents(3.99), 3),
		Item("gadget", Cents(12.5), 1),
		Item("gizmo", Cents(0.07), 11),
		Item("doohickey", Cents(199.999), 2),
	};
	total := Cents(0);
	for(i := 0; i < len items; i++) {
		it := items[i];
		line := it.price * Cents(it.qty);
		sys->print("%-10s %3d x %8s = %9s\n", it.name, it.qty, fmtc(it.price), fmtc(line));
		total += line;
	}
	sys->print("%-10s %26s\n", "subtotal", fmtc(total));

	tax := Rate(0.0825);
	t := Cents(total) * Cents(tax);
	sys->print("%-10s %26s (rate %.4f)\n", "tax", fmtc(t), real tax);
	grand := total + t;
	sys->print("%-10s %26s\n", "total", fmtc(grand));

	# split the bill three ways and see what is left over
	share := grand / Cents(3);
	left := grand - share * Cents(3);
	sys->print("share %s, remainder %s\n", fmtc(share), fmtc(left));

	# real accumulates error, fixed does not
	rsum := 0.0;
	fsum := Cents(0);
	for(i = 0; i < 1000; i++) {
		rsum += 0.1;
		fsum += Cents(0.1);
	}
	sys->print("1000 x 0.1: real %.15f fixed %.15f\n", rsum, real fsum);
	sys->print("equal to 100? real %d fixed %d\n", rsum == 100.0, fsum == Cents(100));

	# binary fixed point arithmetic
	a := Q16(3.21);
	b := Q16(4.678);
	sys->print("q16 a=%.6f b=%.6f\n", real a, real b);
	sys->print("a+b=%.6f a-b=%.6f a*b=%.6f a/b=%.6f -a=%.6f\n",
		real (a + b), real (a - b), real (a * b), real (a / b), real -a);
	c := Q16(16r12.8);
	sys->print("16r12.8 = %.6f\n", real c);

	# conversions to and from int and string
	sys->print("int Cents(2.5)=%d int Cents(-2.5)=%d int Q16(7.99)=%d\n",
		int Cents(2.5), int Cents(-2.5), int Q16(7.99));
	sys->print("Cents(7)=%s string Cents=%s\n", fmtc(Cents(7)), string Cents(1.25));
	x := Cents("19.955");
	sys->print("Cents(\"19.955\") = %s\n", fmtc(x));

	# comparisons and a sort on fixed values
	vals := array[] of {Cents(5.5), Cents(-1), Cents(0.01), Cents(5.49), Cents(0)};
	for(i = 1; i < len vals; i++)
		for(j := i; j > 0 && vals[j] < vals[j-1]; j--)
			(vals[j], vals[j-1]) = (vals[j-1], vals[j]);
	for(i = 0; i < len vals; i++)
		sys->print(" %s", fmtc(vals[i]));
	sys->print("\n");
}
