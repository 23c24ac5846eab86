implement Recipe;

include "sys.m";
	sys: Sys;
include "draw.m";

Recipe: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Frac: adt {
	n, d:	int;

	mk:	fn(n, d: int): Frac;
	mul:	fn(a: self Frac, b: Frac): Frac;
	add:	fn(a: self Frac, b: Frac): Frac;
	text:	fn(a: self Frac): string;
	parse:	fn(s: string): Frac;
	val:	fn(a: self Frac): real;
};

gcd(a, b: int): int
{
	if(a < 0)
		a = -a;
	if(b < 0)
		b = -b;
	while(b != 0)
		(a, b) = (b, a % b);
	return a;
}

Frac.mk(n, d: int): Frac
{
	if(d == 0)
		raise "zero denominator";
	if(d < 0){
		n = -n;
		d = -d;
	}
	g := gcd(n, d);
	if(g == 0)
		g = 1;
	return Frac(n/g, d/g);
}

Frac.mul(a: self Frac, b: Frac): Frac
{
	return Frac.mk(a.n*b.n, a.d*b.d);
}

Frac.add(a: self Frac, b: Frac): Frac
{
	return Frac.mk(a.n*b.d + b.n*a.d, a.d*b.d);
}

Frac.val(a: self Frac): real
{
	return real a.n / real a.d;
}

Frac.text(a: self Frac): string
{
	if(a.d == 1)
		return string a.n;
	w := a.n / a.d;
	r := a.n % a.d;
	if(w == 0)
		return sys->sprint("%d/%d", r, a.d);
	return sys->sprint("%d %d/%d", w, r, a.d);
}

# accepts "3", "3/4", "1 1/2" (written "1+1/2" to keep it one word)
Frac.parse(s: string): Frac
{
	(n, parts) := sys->tokenize(s, "+");
	f := Frac(0, 1);
	for(; parts != nil; parts = tl parts){
		(k, nd) := sys->tokenize(hd parts, "/");
		if(k == 1)
			f = f.add(Frac.mk(int hd nd, 1));
		else
			f = f.add(Frac.mk(int hd nd, int hd tl nd));
	}
	n = 0;
	return f;
}

Ingredient: adt {
	qty:	string;
	unit:	string;
	name:	string;
};

# convert cups/tbsp/tsp to the largest sensible unit
tidy(q: Frac, unit: string): (Frac, string)
{
	# work in teaspoons: 1 tbsp = 3 tsp, 1 cup = 48 tsp
	tsp := Frac(1, 1);
	case unit {
	"cup" =>	tsp = Frac(48, 1);
	"tbsp" =>	tsp = Frac(3, 1);
	"tsp" =>	;
	* =>	return (q, unit);
	}
	t := q.mul(tsp);
	if(t.val() >= 12.0 && t.mul(Frac(1, 48)).d <= 8)
		return (t.mul(Frac(1, 48)), "cup");
	if(t.val() >= 3.0 && t.mul(Frac(1, 3)).d <= 4)
		return (t.mul(Frac(1, 3)), "tbsp");
	return (t, "tsp");
}

pancakes := array[] of {
	Ingredient("1+1/2", "cup", "flour"),
	Ingredient("3+1/2", "tsp", "baking powder"),
	Ingredient("1/4", "tsp", "salt"),
	Ingredient("1", "tbsp", "sugar"),
	Ingredient("1+1/4", "cup", "milk"),
	Ingredient("1", "egg", "egg"),
	Ingredient("3", "tbsp", "melted butter"),
};

show(servings: Frac, base: int)
{
	scale := servings.mul(Frac(1, base));
	sys->print("pancakes for %s (x%s):\n", servings.text(), scale.text());
	for(i := 0; i < len pancakes; i++){
		ing := pancakes[i];
		q := Frac.parse(ing.qty).mul(scale);
		(tq, tu) := tidy(q, ing.unit);
		note := "";
		if(tu == "egg" && tq.d != 1)
			note = " (round up!)";
		sys->print("  %-10s %-5s %-24s ~%.3f\n", tq.text(), tu, ing.name + note, tq.val());
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"1/2", "2/4", "1+1/2", "7/3", "-3/6", "10/5", "0/9"};
	sys->print("parse:");
	for(i := 0; i < len tests; i++)
		sys->print(" %s=%s", tests[i], Frac.parse(tests[i]).text());
	sys->print("\n");
	s := Frac(0, 1);
	for(k := 1; k <= 10; k++)
		s = s.add(Frac(1, k));
	sys->print("harmonic H10 = %d/%d = %s = %.6f\n\n", s.n, s.d, s.text(), s.val());

	show(Frac(4, 1), 4);
	show(Frac(6, 1), 4);
	show(Frac(1, 1), 4);
	show(Frac(10, 1), 4);
	{
		Frac.parse("3/0");
	} exception e {
	"zero denominator" =>
		sys->print("3/0 rejected: %s\n", e);
	}
}
