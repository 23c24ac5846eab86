#args: 3 4 + 2 x dup x 7 / 16rff + 2r101 - neg abs 1e3 swap - -12.9 pick3 show 9 8 7 drop show + + + x + +
implement RpnCalc;

include "sys.m";
	sys: Sys;
include "draw.m";

RpnCalc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt {
	a: array of big;
	sp: int;

	push: fn(s: self ref Stack, v: big);
	pop: fn(s: self ref Stack): big;
	show: fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: big)
{
	if(s.sp == len s.a) {
		na := array[2 * len s.a + 1] of big;
		na[0:] = s.a;
		s.a = na;
	}
	s.a[s.sp++] = v;
}

Stack.pop(s: self ref Stack): big
{
	if(s.sp == 0)
		raise "stack underflow";
	return s.a[--s.sp];
}

Stack.show(s: self ref Stack): string
{
	r := "[";
	for(i := 0; i < s.sp; i++) {
		if(i > 0)
			r += " ";
		r += string s.a[i];
	}
	return r + "]";
}

# numbers: decimal, radix (16rff), or real literals truncated toward zero
number(t: string): (int, big)
{
	if(t == nil)
		return (0, big 0);
	c := t[0];
	if(!(c >= '0' && c <= '9') && !(c == '-' && len t > 1))
		return (0, big 0);
	for(i := 0; i < len t; i++)
		if(t[i] == 'r') {
			base := int t[0:i];
			v := big 0;
			for(j := i + 1; j < len t; j++) {
				d := t[j];
				case d {
				'0' to '9' =>	d -= '0';
				'a' to 'z' =>	d -= 'a' - 10;
				'A' to 'Z' =>	d -= 'A' - 10;
				* =>	return (0, big 0);
				}
				if(d >= base)
					return (0, big 0);
				v = v * big base + big d;
			}
			return (1, v);
		}
	return (1, big real t);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	s := ref Stack(array[0] of big, 0);
	for(a := tl argv; a != nil; a = tl a) {
		t := hd a;
		(ok, v) := number(t);
		if(ok) {
			s.push(v);
			continue;
		}
		case t {
		"+" =>	s.push(s.pop() + s.pop());
		"x" or "*" =>	s.push(s.pop() * s.pop());
		"-" =>	y := s.pop(); s.push(s.pop() - y);
		"/" =>	y := s.pop(); s.push(s.pop() / y);
		"neg" =>	s.push(-s.pop());
		"abs" =>
			x := s.pop();
			if(x < big 0)
				x = -x;
			s.push(x);
		"dup" =>	x := s.pop(); s.push(x); s.push(x);
		"swap" =>	y := s.pop(); x := s.pop(); s.push(y); s.push(x);
		"drop" =>	s.pop();
		"show" =>	sys->print("  stack %s (capacity %d)\n", s.show(), len s.a);
		* =>
			sys->fprint(sys->fildes(2), "rpn: unknown word %q ignored\n", t);
			continue;
		}
		sys->print("%-6s -> %s\n", t, s.show());
	}
	sys->print("result %bd\n", s.pop());
}
