implement Polynomial;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Polynomial: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# coefficients, lowest degree first
Poly: adt {
	c:	array of real;
	mk:	fn(c: array of real): ref Poly;
	deg:	fn(p: self ref Poly): int;
	eval:	fn(p: self ref Poly, x: real): real;
	add:	fn(p: self ref Poly, q: ref Poly): ref Poly;
	mul:	fn(p: self ref Poly, q: ref Poly): ref Poly;
	deriv:	fn(p: self ref Poly): ref Poly;
	divlin:	fn(p: self ref Poly, r: real): ref Poly;	# synthetic division by (x - r)
	text:	fn(p: self ref Poly): string;
};

Root: adt {
	x:	real;
	iters:	int;
};

Poly.mk(c: array of real): ref Poly
{
	n := len c;
	while(n > 1 && c[n-1] == 0.0)
		n--;
	return ref Poly(c[0:n]);
}

Poly.deg(p: self ref Poly): int
{
	return len p.c - 1;
}

Poly.eval(p: self ref Poly, x: real): real
{
	v := 0.0;
	for(i := len p.c - 1; i >= 0; i--)
		v = v*x + p.c[i];
	return v;
}

Poly.add(p: self ref Poly, q: ref Poly): ref Poly
{
	n := len p.c;
	if(len q.c > n)
		n = len q.c;
	r := array[n] of {* => 0.0};
	r[0:] = p.c;
	for(i := 0; i < len q.c; i++)
		r[i] += q.c[i];
	return Poly.mk(r);
}

Poly.mul(p: self ref Poly, q: ref Poly): ref Poly
{
	r := array[len p.c + len q.c - 1] of {* => 0.0};
	for(i := 0; i < len p.c; i++)
		for(j := 0; j < len q.c; j++)
			r[i+j] += p.c[i] * q.c[j];
	return Poly.mk(r);
}

Poly.deriv(p: self ref Poly): ref Poly
{
	if(len p.c == 1) return Poly.mk(array[] of {0.0});
	r := array[len p.c - 1] of real;
	for(i := 1; i < len p.c; i++)
		r[i-1] = real i * p.c[i];
	return Poly.mk(r);
}

Poly.divlin(p: self ref Poly, r: real): ref Poly
{
	n := len p.c;
	q := array[n-1] of real;
	acc := 0.0;
	for(i := n-1; i >= 1; i--){
		acc = acc*r + p.c[i];
		q[i-1] = acc;
	}
	return Poly.mk(q);
}

num(v: real): string
{
	if(v == real int v) return string int v;
	return sys->sprint("%.4f", v);
}

Poly.text(p: self ref Poly): string
{
	s := "";
	for(i := len p.c - 1; i >= 0; i--){
		v := p.c[i];
		if(v == 0.0 && len p.c > 1) continue;
		if(s != ""){
			if(v < 0.0){
				s += " - ";
				v = -v;
			}else
				s += " + ";
		}
		if(v != 1.0 || i == 0)
			s += num(v);
		if(i >= 1)
			s += "x";
		if(i > 1)
			s += "^" + string i;
	}
	return s;
}

newton(p: ref Poly, x0: real): Root
{
	d := p.deriv();
	x := x0;
	for(i := 1; i <= 100; i++){
		dv := d.eval(x);
		if(dv == 0.0)
			x += 0.5;
		else{
			step := p.eval(x) / dv;
			x -= step;
			if(math->fabs(step) < 1e-12) return Root(x, i);
		}
	}
	return Root(x, -1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	# build (x-1)(x+2)(x-3)(2x+1) by multiplication
	f := Poly.mk(array[] of {1.0});
	factors := array[] of {array[] of {-1.0, 1.0}, array[] of {2.0, 1.0},
		array[] of {-3.0, 1.0}, array[] of {1.0, 2.0}};
	for(i := 0; i < len factors; i++)
		f = f.mul(Poly.mk(factors[i]));
	sys->print("f(x)  = %s\n", f.text());
	sys->print("f'(x) = %s\n", f.deriv().text());
	sys->print("f(2) = %s, f(-1) = %s\n", num(f.eval(2.0)), num(f.eval(-1.0)));
	# deflate: find a root, divide it out, repeat
	g := f;
	starts := array[] of {10.0, -10.0, 0.3, 1.5};
	for(k := 0; g.deg() > 0; k++){
		r := newton(g, starts[k % len starts]);
		sys->print("root %d: %s (%d iterations)\n", k+1, num(math->rint(r.x * 1e6) / 1e6), r.iters);
		g = g.divlin(math->rint(r.x * 1e6) / 1e6);
	}
	sys->print("remaining constant: %s\n", g.text());
	h := Poly.mk(array[] of {-2.0, 0.0, 1.0});
	r := newton(h, 1.0);
	sys->print("sqrt 2 by newton: %.12f in %d steps\n", r.x, r.iters);
	sum := f.add(h.mul(Poly.mk(array[] of {0.0, 0.0, -2.0})));
	sys->print("f + x^2*(-2)(x^2-2) = %s\n", sum.text());
	z := Poly.mk(array[] of {1.0, 0.0, 1.0});
	sys->print("x^2+1 from 0.5: ");
	r = newton(z, 0.5);
	if(r.iters < 0)
		sys->print("no real root found, stopped at %.4f\n", r.x);
	else
		sys->print("%.4f\n", r.x);
}
