implement Bigcalc;

include "sys.m";
	sys: Sys;
include "draw.m";

Bigcalc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Stack: adt {
	items:	list of big;
	depth:	int;
	push:	fn(s: self ref Stack, v: big);
	pop:	fn(s: self ref Stack): big;
};

Stack.push(s: self ref Stack, v: big)
{
	s.items = v :: s.items;
	s.depth++;
}

Stack.pop(s: self ref Stack): big
{
	if(s.items == nil)
		raise "fail:stack underflow";
	v := hd s.items;
	s.items = tl s.items;
	s.depth--;
	return v;
}

ipow(b: big, e: big): big
{
	r := big 1;
	while(e > big 0){
		if((e & big 1) != big 0)
			r *= b;
		b *= b;
		e >>= 1;
	}
	return r;
}

gcd(a, b: big): big
{
	if(a < big 0)
		a = -a;
	if(b < big 0)
		b = -b;
	while(b != big 0)
		(a, b) = (b, a % b);
	return a;
}

fact(n: big): big
{
	r := big 1;
	for(i := big 2; i <= n; i++)
		r *= i;
	return r;
}

eval(expr: string): big
{
	st := ref Stack(nil, 0);
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t {
		"+" or "-" or "*" or "/" or "%" or "^" or "gcd" or "&" or "|" or "<<" or ">>" =>
			b := st.pop();
			a := st.pop();
			r: big;
			case t {
			"+" =>	r = a + b;
			"-" =>	r = a - b;
			"*" =>	r = a * b;
			"/" or "%" =>
				if(b == big 0)
					raise "fail:division by zero";
				if(t == "/")
					r = a / b;
				else
					r = a % b;
			"^" =>	r = ipow(a, b);
			"gcd" =>	r = gcd(a, b);
			"&" =>	r = a & b;
			"|" =>	r = a | b;
			"<<" =>	r = a << int b;
			">>" =>	r = a >> int b;
			}
			st.push(r);
		"!" =>
			st.push(fact(st.pop()));
		"neg" =>
			st.push(-st.pop());
		"dup" =>
			v := st.pop();
			st.push(v);
			st.push(v);
		* =>
			if(len t > 2 && t[0:2] == "0x")
				st.push(big ("16r" + t[2:]));
			else
				st.push(big t);
		}
	}
	v := st.pop();
	if(st.depth != 0)
		raise "fail:" + string st.depth + " values left on stack";
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	exprs := array[] of {
		"2 3 + 4 *",
		"2 62 ^",
		"2 63 ^ 1 -",
		"20 !",
		"21 !",
		"123456789 987654321 *",
		"48 180 gcd",
		"0xff 0x0f & 4 <<",
		"-17 5 /",
		"-17 5 %",
		"7 neg dup *",
		"1 0 /",
		"1 +",
		"1 2 3 +",
	};
	for(i := 0; i < len exprs; i++){
		{
			v := eval(exprs[i]);
			sys->print("%-24s = %bd (%#bx)\n", exprs[i], v, v);
		} exception e {
		"fail:*" =>
			sys->print("%-24s : error: %s\n", exprs[i], e[5:]);
		}
	}
}
