implement Complexnum;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Complexnum: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Complex: adt {
	re, im:	real;

	add:	fn(a: self Complex, b: Complex): Complex;
	mul:	fn(a: self Complex, b: Complex): Complex;
	div:	fn(a: self Complex, b: Complex): Complex;
	conj:	fn(a: self Complex): Complex;
	abs:	fn(a: self Complex): real;
	polar:	fn(r, theta: real): Complex;
	text:	fn(a: self Complex): string;
};

Complex.add(a: self Complex, b: Complex): Complex { return Complex(a.re+b.re, a.im+b.im); }
Complex.mul(a: self Complex, b: Complex): Complex
{
	return Complex(a.re*b.re - a.im*b.im, a.re*b.im + a.im*b.re);
}
Complex.div(a: self Complex, b: Complex): Complex
{
	d := b.re*b.re + b.im*b.im;
	if(d == 0.0)
		raise "complex: division by zero";
	n := a.mul(b.conj());
	return Complex(n.re/d, n.im/d);
}
Complex.conj(a: self Complex): Complex { return Complex(a.re, -a.im); }
Complex.abs(a: self Complex): real { return math->sqrt(a.re*a.re + a.im*a.im); }
Complex.polar(r, theta: real): Complex { return Complex(r*math->cos(theta), r*math->sin(theta)); }

clean(x: real): real
{
	if(x < 1e-9 && x > -1e-9)
		return 0.0;
	return x;
}

Complex.text(a: self Complex): string
{
	re := clean(a.re);
	im := clean(a.im);
	if(im < 0.0)
		return sys->sprint("%.4f-%.4fi", re, -im);
	return sys->sprint("%.4f+%.4fi", re, im);
}

# iteration count for the Mandelbrot set
mandel(c: Complex, limit: int): int
{
	z := Complex(0.0, 0.0);
	for(i := 0; i < limit; i++){
		z = z.mul(z).add(c);
		if(z.re*z.re + z.im*z.im > 4.0)
			return i;
	}
	return limit;
}

# discrete Fourier transform
dft(x: array of Complex): array of Complex
{
	n := len x;
	out := array[n] of Complex;
	for(k := 0; k < n; k++){
		s := Complex(0.0, 0.0);
		for(t := 0; t < n; t++)
			s = s.add(x[t].mul(Complex.polar(1.0, -2.0*Math->Pi*real (t*k)/real n)));
		out[k] = s;
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := Complex(3.0, 4.0);
	b := Complex(1.0, -2.0);
	sys->print("a=%s b=%s |a|=%g\n", a.text(), b.text(), a.abs());
	sys->print("a+b=%s a*b=%s a/b=%s\n", a.add(b).text(), a.mul(b).text(), a.div(b).text());
	i := Complex(0.0, 1.0);
	p := Complex(1.0, 0.0);
	for(k := 0; k < 4; k++)
		p = p.mul(i);
	sys->print("i^4=%s\n", p.text());
	{
		a.div(Complex(0.0, 0.0));
	}exception e{
	"complex:*" =>
		sys->print("caught: %s\n", e);
	}
	chars := " .:-=+*#%@";
	for(y := 0; y < 11; y++){
		line := "";
		for(x := 0; x < 32; x++){
			c := Complex(-2.1 + real x * 0.09, -1.0 + real y * 0.2);
			n := mandel(c, 30);
			line[len line] = chars[n * (len chars - 1) / 30];
		}
		sys->print("|%s|\n", line);
	}
	sig := array[4] of Complex;
	for(k = 0; k < 4; k++)
		sig[k] = Complex(real (k+1), 0.0);
	f := dft(sig);
	for(k = 0; k < len f; k++)
		sys->print("X[%d] = %s\n", k, f[k].text());
}
