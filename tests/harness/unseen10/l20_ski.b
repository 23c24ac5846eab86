implement Ski;

include "sys.m";
	sys: Sys;
include "draw.m";

Ski: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# combinator terms
T: adt {
	pick {
	S or K or I =>
	Var =>
		name: string;
	App =>
		f, x: cyclic ref T;
	}
};

# lambda terms, compiled to combinators by bracket abstraction
L: adt {
	pick {
	V =>
		name: string;
	Lam =>
		param: string;
		body: cyclic ref L;
	Ap =>
		f, x: cyclic ref L;
	}
};

S: ref T;
K: ref T;
I: ref T;

app(f, x: ref T): ref T { return ref T.App(f, x); }
var(n: string): ref T { return ref T.Var(n); }

str(t: ref T): string
{
	pick u := t {
	S => return "S";
	K => return "K";
	I => return "I";
	Var => return u.name;
	App =>
		r := str(u.x);
		pick a := u.x {
		App =>
			r = "(" + r + ")";
		}
		return str(u.f) + r;
	}
	return "?";
}

steps := 0;

# one leftmost-outermost reduction step; returns (changed, term)
step(t: ref T): (int, ref T)
{
	pick a := t {
	App =>
		# I x -> x
		pick f := a.f {
		I =>
			return (1, a.x);
		App =>
			pick g := f.f {
			K =>
				return (1, f.x);	# K x y -> x
			App =>
				pick h := g.f {
				S =>
					# S x y z -> x z (y z)
					return (1, app(app(g.x, a.x), app(f.x, a.x)));
				}
			}
		}
		(c, nf) := step(a.f);
		if(c)
			return (1, app(nf, a.x));
		(c, nf) = step(a.x);
		if(c)
			return (1, app(a.f, nf));
	}
	return (0, t);
}

normal(t: ref T, limit: int): ref T
{
	steps = 0;
	for(;;){
		(c, nt) := step(t);
		if(!c)
			return t;
		t = nt;
		if(++steps >= limit){
			sys->print("  (gave up after %d steps)\n", steps);
			return t;
		}
	}
}

free(n: string, t: ref T): int
{
	pick u := t {
	Var =>
		return u.name == n;
	App =>
		return free(n, u.f) || free(n, u.x);
	}
	return 0;
}

# [x] t
abstract(x: string, t: ref T): ref T
{
	if(!free(x, t))
		return app(K, t);
	pick u := t {
	Var =>
		return I;
	App =>
		# eta: [x](f x) = f when x not free in f
		pick v := u.x {
		Var =>
			if(v.name == x && !free(x, u.f))
				return u.f;
		}
		return app(app(S, abstract(x, u.f)), abstract(x, u.x));
	}
	return app(K, t);
}

compile(l: ref L): ref T
{
	pick m := l {
	V =>
		return var(m.name);
	Ap =>
		return app(compile(m.f), compile(m.x));
	Lam =>
		return abstract(m.param, compile(m.body));
	}
	return nil;
}

lv(n: string): ref L { return ref L.V(n); }
lam(p: string, b: ref L): ref L { return ref L.Lam(p, b); }
lap(f, x: ref L): ref L { return ref L.Ap(f, x); }

church(n: int): ref L
{
	body := lv("x");
	for(i := 0; i < n; i++)
		body = lap(lv("f"), body);
	return lam("f", lam("x", body));
}

# count f's in a normal form f(f(...x))
unchurch(t: ref T): int
{
	n := 0;
	for(;;){
		pick u := t {
		App =>
			n++;
			t = u.x;
		* =>
			return n;
		}
	}
}

show(label: string, t: ref T)
{
	r := normal(t, 2000);
	sys->print("%-12s %s\n   => %s  [%d steps]\n", label, str(t), str(r), steps);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	S = ref T.S;
	K = ref T.K;
	I = ref T.I;
	x := var("x");
	y := var("y");
	z := var("z");
	show("I x", app(I, x));
	show("K x y", app(app(K, x), y));
	show("SKK x", app(app(app(S, K), K), x));
	show("S x y z", app(app(app(S, x), y), z));
	swap := compile(lam("a", lam("b", lap(lv("b"), lv("a")))));
	show("swap x y", app(app(swap, x), y));
	comp := compile(lam("f", lam("g", lam("v", lap(lv("f"), lap(lv("g"), lv("v")))))));
	show("B x y z", app(app(app(comp, x), y), z));
	plus := lam("m", lam("n", lam("f", lam("x", lap(lap(lv("m"), lv("f")), lap(lap(lv("n"), lv("f")), lv("x")))))));
	times := lam("m", lam("n", lam("f", lap(lv("m"), lap(lv("n"), lv("f"))))));
	f := var("f");
	for(n := 0; n <= 3; n++){
		c := compile(church(n));
		r := normal(app(app(c, f), x), 1000);
		sys->print("church %d = %s -> %s (count %d)\n", n, str(c), str(r), unchurch(r));
	}
	for(a := 1; a <= 3; a++)
		for(b := 0; b <= 2; b++){
			s := normal(app(app(app(app(compile(plus), compile(church(a))), compile(church(b))), f), x), 5000);
			ss := steps;
			p := normal(app(app(app(app(compile(times), compile(church(a))), compile(church(b))), f), x), 5000);
			sys->print("%d+%d=%d (%d steps)  %d*%d=%d (%d steps)\n", a, b, unchurch(s), ss, a, b, unchurch(p), steps);
		}
	omega := app(app(app(S, I), I), app(app(S, I), I));
	r := normal(omega, 50);
	sys->print("omega after limit has size %d chars\n", len str(r));
}
