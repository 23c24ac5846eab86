implement Polynomial;

include "sys.m";
	sys: Sys;
include "draw.m";

Polynomial: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# integer coefficients, c[i] is the coefficient of x^i
Poly: adt {
	c:	array of int;

	mk:	fn(c: array of int): ref Poly;
	deg:	fn(p: self ref Poly): int;
	add:	fn(p: self ref Poly, q: ref Poly): ref Poly;
	mul:	fn(p: self ref Poly, q: ref Poly): ref Poly;
	eval:	fn(p: self ref Poly, x: int): int;
	deriv:	fn(p: self ref Poly): ref Poly;
	divmod:	fn(p: self ref Poly, q: ref Poly): (ref Poly, ref Poly);
	text:	fn(p: self ref Poly): string;
};

Poly.mk(c: array of int): ref Poly
{
	n := len c;
	while(n > 1 && c[n-1] == 0)
		n--;
	if(n == 0)
		return ref Poly(array[] of {0});
	a := array[n] of int;
	a[0:] = c[0:n];
	return ref Poly(a);
}

Poly.deg(p: self ref Poly): int
{
	if(len p.c == 1 && p.c[0] == 0)
		return -1;
	return len p.c - 1;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

Poly.add(p: self ref Poly, q: ref Poly): ref Poly
{
	r := array[max(len p.c, len q.c)] of {* => 0};
	for(i := 0; i < len p.c; i++)
		r[i] += p.c[i];
	for(i = 0; i < len q.c; i++)
		r[i] += q.c[i];
	return Poly.mk(r);
}

Poly.mul(p: self ref Poly, q: ref Poly): ref Poly
{
	r := array[len p.c + len q.c - 1] of {* => 0};
	for(i := 0; i < len p.c; i++)
		for(j := 0; j < len q.c; j++)
			r[i+j] += p.c[i]*q.c[j];
	return Poly.mk(r);
}

Poly.eval(p: self ref Poly, x: int): int
{
	v := 0;
	for(i := len p.c - 1; i >= 0; i--)
		v = v*x + p.c[i];
	return v;
}

Poly.deriv(p: self ref Poly): ref Poly
{
	if(len p.c == 1)
		return Poly.mk(nil);
	r := array[len p.c - 1] of int;
	for(i := 1; i < len p.c; i++)
		r[i-1] = i*p.c[i];
	return Poly.mk(r);
}

# division by a monic divisor only (keeps integers exact)
Poly.divmod(p: self ref Poly, q: ref Poly): (ref Poly, ref Poly)
{
	dq := q.deg();
	if(dq < 0)
		raise "poly: division by zero polynomial";
	if(q.c[dq] != 1)
		raise "poly: divisor not monic";
	rem := array[len p.c] of int;
	rem[0:] = p.c;
	if(p.deg() < dq)
		return (Poly.mk(nil), Poly.mk(rem));
	quo := array[p.deg() - dq + 1] of {* => 0};
	for(i := p.deg(); i >= dq; i--){
		f := rem[i];
		quo[i-dq] = f;
		for(j := 0; j <= dq; j++)
			rem[i-dq+j] -= f*q.c[j];
	}
	return (Poly.mk(quo), Poly.mk(rem));
}

Poly.text(p: self ref Poly): string
{
	if(p.deg() < 0)
		return "0";
	s := "";
	for(i := len p.c - 1; i >= 0; i--){
		c := p.c[i];
		if(c == 0)
			continue;
		if(s != nil){
			if(c < 0){
				s += " - ";
				c = -c;
			}else
				s += " + ";
		}else if(c < 0){
			s += "-";
			c = -c;
		}
		if(c != 1 || i == 0)
			s += string c;
		if(i >= 1)
			s += "x";
		if(i > 1)
			s += "^" + string i;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Poly.mk(array[] of {-1, 0, 1});		# x^2 - 1
	q := Poly.mk(array[] of {1, 1});		# x + 1
	sys->print("p = %s (deg %d)\nq = %s\n", p.text(), p.deg(), q.text());
	sys->print("p+q = %s\n", p.add(q).text());
	sys->print("p*q = %s\n", p.mul(q).text());
	(quo, rem) := p.divmod(q);
	sys->print("p/q = %s rem %s\n", quo.text(), rem.text());
	r := Poly.mk(array[] of {5, -3, 0, 2, 0, 0});
	sys->print("r = %s, r' = %s, r'' = %s\n", r.text(), r.deriv().text(), r.deriv().deriv().text());
	s := "";
	for(x := -2; x <= 2; x++)
		s += sys->sprint(" r(%d)=%d", x, r.eval(x));
	sys->print("%s\n", s);
	# (x+1)^n binomial rows
	b := Poly.mk(array[] of {1});
	for(n := 1; n <= 6; n++){
		b = b.mul(q);
		sys->print("(x+1)^%d = %s\n", n, b.text());
	}
	(quo, rem) = r.divmod(Poly.mk(array[] of {-2, 1}));
	sys->print("r/(x-2) = %s rem %s\n", quo.text(), rem.text());
	{
		r.divmod(Poly.mk(array[] of {1, 2}));
	}exception e{
	"poly:*" =>
		sys->print("error: %s\n", e);
	}
	{
		r.divmod(Poly.mk(array[] of {0, 0}));
	}exception e{
	"poly:*" =>
		sys->print("error: %s\n", e);
	}
}
