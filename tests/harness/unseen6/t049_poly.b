implement Poly;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Poly: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# polynomials with integer coefficients, c[i] is the coefficient of x^i
P: adt {
	c:	array of int;

	mk:	fn(c: array of int): ref P;
	deg:	fn(p: self ref P): int;
	add:	fn(p: self ref P, q: ref P): ref P;
	mul:	fn(p: self ref P, q: ref P): ref P;
	deriv:	fn(p: self ref P): ref P;
	eval:	fn(p: self ref P, x: real): real;
	evalbig:	fn(p: self ref P, x: big): big;
	text:	fn(p: self ref P): string;
};

P.mk(c: array of int): ref P
{
	n := len c;
	while(n > 1 && c[n-1] == 0)
		n--;
	return ref P(c[0:n]);
}

P.deg(p: self ref P): int
{
	return len p.c - 1;
}

P.add(p: self ref P, q: ref P): ref P
{
	n := len p.c;
	if(len q.c > n)
		n = len q.c;
	r := array[n] of {* => 0};
	for(i := 0; i < len p.c; i++)
		r[i] += p.c[i];
	for(i = 0; i < len q.c; i++)
		r[i] += q.c[i];
	return P.mk(r);
}

P.mul(p: self ref P, q: ref P): ref P
{
	r := array[len p.c + len q.c - 1] of {* => 0};
	for(i := 0; i < len p.c; i++)
		for(j := 0; j < len q.c; j++)
			r[i+j] += p.c[i] * q.c[j];
	return P.mk(r);
}

P.deriv(p: self ref P): ref P
{
	if(len p.c == 1)
		return P.mk(array[] of {0});
	r := array[len p.c - 1] of int;
	for(i := 1; i < len p.c; i++)
		r[i-1] = i * p.c[i];
	return P.mk(r);
}

P.eval(p: self ref P, x: real): real
{
	v := 0.0;
	for(i := len p.c - 1; i >= 0; i--)
		v = v*x + real p.c[i];
	return v;
}

P.evalbig(p: self ref P, x: big): big
{
	v := big 0;
	for(i := len p.c - 1; i >= 0; i--)
		v = v*x + big p.c[i];
	return v;
}

P.text(p: self ref P): string
{
	s := "";
	for(i := len p.c - 1; i >= 0; i--){
		c := p.c[i];
		if(c == 0 && len p.c > 1)
			continue;
		if(s != ""){
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
		case i {
		0 => ;
		1 => s += "x";
		* => s += "x^" + string i;
		}
	}
	return s;
}

newton(p: ref P, x0: real): (real, int)
{
	d := p.deriv();
	x := x0;
	for(it := 1; it <= 50; it++){
		fx := p.eval(x);
		dx := d.eval(x);
		if(dx == 0.0)
			break;
		nx := x - fx/dx;
		if(math->fabs(nx - x) < 1e-12)
			return (nx, it);
		x = nx;
	}
	return (x, -1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := P.mk(array[] of {-1, 1});		# x - 1
	b := P.mk(array[] of {1, 1});		# x + 1
	sys->print("a = %s\nb = %s\n", a.text(), b.text());
	sys->print("a+b = %s\na*b = %s\n", a.add(b).text(), a.mul(b).text());
	# (x+1)^n binomial expansion
	p := P.mk(array[] of {1});
	for(n := 1; n <= 8; n++){
		p = p.mul(b);
		if(n == 5 || n == 8)
			sys->print("(x+1)^%d = %s\n", n, p.text());
	}
	sys->print("at x=2: %bd (expect %d)\n", p.evalbig(big 2), 6561);
	sys->print("derivative: %s\n", p.deriv().text());
	c := P.mk(array[] of {-2, 0, 1});	# x^2 - 2
	(r, it) := newton(c, 1.0);
	sys->print("root of %s: %.12f in %d iterations (sqrt2=%.12f)\n", c.text(), r, it, math->sqrt(2.0));
	cub := P.mk(array[] of {-6, 11, -6, 1});
	starts := array[] of {0.0, 1.6, 2.4, 10.0};
	for(i := 0; i < len starts; i++){
		(r, it) = newton(cub, starts[i]);
		sys->print("%s from %.1f -> %.9f (%d)\n", cub.text(), starts[i], r, it);
	}
	big1 := P.mk(array[] of {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
	sys->print("x^10+1 at 1000 = %bd\n", big1.evalbig(big 1000));
	sys->print("zero poly: %q deg %d\n", P.mk(array[] of {0, 0, 0}).text(), P.mk(array[] of {0, 0}).deg());
}
