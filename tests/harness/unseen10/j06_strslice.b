implement StrSlice;

include "sys.m";
	sys: Sys;
include "draw.m";

StrSlice: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "conformance";
	sys->print("== slicing \"%s\" (len %d) ==\n", s, len s);
	sys->print("s[0:4]  = %s\n", s[0:4]);
	sys->print("s[4:]   = %s\n", s[4:]);
	sys->print("s[:0]   = [%s]\n", s[0:0]);
	sys->print("s[11:]  = [%s]\n", s[11:]);
	sys->print("s[3:7]  = %s\n", s[3:7]);
	sys->print("s[len s-3:] = %s\n", s[len s - 3:]);
	sys->print("== indexing ==\n");
	for(i := 0; i < len s; i += 2)
		sys->print("s[%d]=%c(%d) ", i, s[i], s[i]);
	sys->print("\n");
	sys->print("== slice of slice ==\n");
	t := s[1:10];
	u := t[2:5];
	sys->print("t=%s u=%s\n", t, u);
	sys->print("== modifying a copy does not change original ==\n");
	v := s;
	v[0] = 'C';
	sys->print("s=%s v=%s\n", s, v);
	w := s[0:4];
	w[0] = 'K';
	sys->print("s=%s w=%s\n", s, w);
	sys->print("== unicode ==\n");
	x := "a\u00e9\u4e2d\u0001z";
	sys->print("len %d:", len x);
	for(i = 0; i < len x; i++)
		sys->print(" %x", x[i]);
	sys->print("\n");
	sys->print("x[1:3] len %d first %x\n", len x[1:3], x[1:3][0]);
	sys->print("== reverse by index ==\n");
	r := "";
	for(i = len s - 1; i >= 0; i--)
		r[len r] = s[i];
	sys->print("reverse: %s\n", r);
	sys->print("== bad slices raise exceptions ==\n");
	bad := array[] of {(5, 3), (0, 12), (-1, 2), (12, 12)};
	for(i = 0; i < len bad; i++){
		(lo, hi) := bad[i];
		{
			z := s[lo:hi];
			sys->print("s[%d:%d] ok len %d\n", lo, hi, len z);
		} exception e {
		"*" =>
			sys->print("s[%d:%d] raised %s\n", lo, hi, e);
		}
	}
	sys->print("== now an uncaught index error ==\n");
	k := len s + 3;
	sys->print("s[%d] = %d\n", k, s[k]);
	sys->print("not reached\n");
}
