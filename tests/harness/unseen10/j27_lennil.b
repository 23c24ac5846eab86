implement LenNil;

include "sys.m";
	sys: Sys;
include "draw.m";

LenNil: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

R: adt {
	name: string;
	next: ref R;
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== len of strings ==\n");
	es: string;
	sys->print("len nil string %d, len \"\" %d, len \"abc\" %d, len wide %d\n",
		len es, len "", len "abc", len "\u4e2d\u6587");
	sys->print("== len of arrays ==\n");
	na: array of int;
	sys->print("len nil array %d, len array[0] %d, len array[7] %d\n",
		len na, len array[0] of int, len array[7] of real);
	sys->print("len of slice %d, len of initialised %d\n",
		len (array[10] of byte)[3:8], len array[] of {"a", "b"});
	sys->print("len array of byte of string %d\n", len array of byte "h\u00e9llo");
	sys->print("== len of lists ==\n");
	nl: list of string;
	sys->print("len nil list %d, len 3-list %d, len args %d\n", len nl, len list of {1, 2, 3}, len args);
	sys->print("== nil comparisons ==\n");
	sys->print("string nil == \"\": %d\n", es == "");
	sys->print("\"\" == nil: %d\n", "" == nil);
	s := "x";
	s = s[0:0];
	sys->print("empty slice of string == nil: %d\n", s == nil);
	sys->print("array nil: %d, array[0] == nil: %d\n", na == nil, array[0] of int == nil);
	ea := array[3] of int;
	ea = ea[1:1];
	sys->print("empty slice of array == nil: %d (len %d)\n", ea == nil, len ea);
	sys->print("list nil: %d, tl of 1-list == nil: %d\n", nl == nil, tl (1 :: nil) == nil);
	r: ref R;
	sys->print("ref nil: %d\n", r == nil);
	r = ref R("a", nil);
	r.next = ref R("b", nil);
	n := 0;
	for(p := r; p != nil; p = p.next)
		n++;
	sys->print("chain length %d, r.next.next == nil %d\n", n, r.next.next == nil);
	c: chan of int;
	sys->print("chan nil: %d\n", c == nil);
	m: Sys;
	sys->print("module nil: %d, sys != nil: %d\n", m == nil, sys != nil);
	f: ref fn(x: int): int;
	sys->print("fn ref nil: %d\n", f == nil);
	sys->print("== nil assignment releases ==\n");
	arr := array[] of {1, 2};
	arr = nil;
	sys->print("arr now nil: %d len %d\n", arr == nil, len arr);
	str := "data";
	str = nil;
	sys->print("str now nil: %d len %d\n", str == nil, len str);
	sys->print("== nil string concatenation ==\n");
	t := es + "tail";
	sys->print("nil + tail = %s\n", t);
	sys->print("== dereferencing nil ref is an error ==\n");
	r = r.next.next;
	sys->print("name: %s\n", r.name);
	sys->print("not reached\n");
}
