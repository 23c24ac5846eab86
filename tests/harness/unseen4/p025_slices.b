implement Slices;

include "sys.m";
	sys: Sys;
include "draw.m";

Slices: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

str(a: array of int): string
{
	s := "{";
	for(i := 0; i < len a; i++){
		if(i)
			s += ",";
		s += string a[i];
	}
	return s + "}";
}

rotate(a: array of int, k: int)
{
	n := len a;
	if(n == 0)
		return;
	k %= n;
	tmp := array[k] of int;
	tmp[0:] = a[0:k];
	a[0:] = a[k:];
	a[n-k:] = tmp;
}

merge(a, b: array of int): array of int
{
	r := array[len a + len b] of int;
	(i, j, k) := (0, 0, 0);
	while(i < len a && j < len b)
		if(a[i] <= b[j])
			r[k++] = a[i++];
		else
			r[k++] = b[j++];
	r[k:] = a[i:];
	r[k + len a - i:] = b[j:];
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[10] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * i;
	sys->print("a %s\n", str(a));
	s := a[2:5];
	sys->print("s=a[2:5] %s len %d\n", str(s), len s);
	s[0] = -1;
	sys->print("after s[0]=-1, a %s\n", str(a));
	t := s[1:];
	t[1] = -2;
	sys->print("t=s[1:] %s; a %s\n", str(t), str(a));
	a[6:] = array[] of {100, 101};
	sys->print("a[6:]=... %s\n", str(a));
	c := array[len a] of int;
	c[0:] = a;
	c[0] = 555;
	sys->print("copy c[0]=%d a[0]=%d\n", c[0], a[0]);
	rotate(a, 3);
	sys->print("rotate 3 %s\n", str(a));
	e := a[4:4];
	sys->print("empty slice len %d %s\n", len e, str(e));
	m := merge(array[] of {1, 4, 9, 16}, array[] of {2, 3, 10, 20, 30});
	sys->print("merge %s\n", str(m));
	init := array[12] of {0 to 2 => 7, 5 or 8 => -1, 10 => 3, * => 0};
	sys->print("init %s\n", str(init));
	b := array of byte "hello, world";
	b[0:] = array of byte "J";
	sys->print("bytes %s\n", string b);
	sub := b[7:];
	for(i = 0; i < len sub; i++)
		sub[i] = byte (int sub[i] - 32);
	sys->print("bytes %s\n", string b);
	strs := array[] of {"x", "y", "z", "w"};
	strs[1:] = strs[0:3];
	sys->print("overlap copy: %s %s %s %s\n", strs[0], strs[1], strs[2], strs[3]);
	nest := array[3] of array of int;
	nest[0] = a[0:2];
	nest[1] = a[0:2];
	nest[2] = array[] of {9};
	nest[0][1] = 4242;
	sys->fprint(sys->fildes(2), "nest alias %d %d a[1]=%d\n", nest[1][1], nest[2][0], a[1]);
}
