implement Trig;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Trig: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y: real;
	rot: fn(p: self Point, deg: real): Point;
	dist: fn(p: self Point, q: Point): real;
};

Point.rot(p: self Point, deg: real): Point
{
	a := deg * Math->Degree;
	c := math->cos(a);
	s := math->sin(a);
	return Point(p.x*c - p.y*s, p.x*s + p.y*c);
}

Point.dist(p: self Point, q: Point): real
{
	return math->hypot(p.x-q.x, p.y-q.y);
}

fix(x: real): real
{
	# avoid printing -0.000000 for tiny negatives
	if(math->fabs(x) < 1e-9)
		return 0.0;
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	for(d := 0; d <= 360; d += 45){
		r := real d * Math->Degree;
		sys->print("%3d deg: sin=%9.6f cos=%9.6f\n", d, fix(math->sin(r)), fix(math->cos(r)));
	}
	p := Point(1.0, 0.0);
	for(i := 0; i < 4; i++){
		q := p.rot(30.0);
		sys->print("(%.4f,%.4f) -> (%.4f,%.4f) step %.6f\n", fix(p.x), fix(p.y), fix(q.x), fix(q.y), p.dist(q));
		p = q;
	}
	sys->print("hypot(3,4)=%g hypot(5,12)=%g\n", math->hypot(3.0, 4.0), math->hypot(5.0, 12.0));
	sys->print("atan2(1,1)=%.10f atan2(-1,-1)=%.10f\n", math->atan2(1.0, 1.0), math->atan2(-1.0, -1.0));
	sys->print("asin(1)*2=%.12f acos(0)=%.12f atan(1)*4=%.12f\n", math->asin(1.0)*2.0, math->acos(0.0), math->atan(1.0)*4.0);
	sys->print("tan(pi/4)=%.9f sinh(1)=%.9f cosh(1)=%.9f tanh(0.5)=%.9f\n", math->tan(Math->Pi/4.0), math->sinh(1.0), math->cosh(1.0), math->tanh(0.5));
	sys->print("exp(1)=%.15g log(10)=%.15g log10(1000)=%g\n", math->exp(1.0), math->log(10.0), math->log10(1000.0));
	sys->print("expm1(1e-10)=%g log1p(1e-10)=%g\n", math->expm1(1e-10), math->log1p(1e-10));
}
