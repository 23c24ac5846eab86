implement LinkedList;

include "sys.m";
	sys: Sys;
include "draw.m";

LinkedList: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	val:	int;
	next:	cyclic ref Node;
};

push(head: ref Node, v: int): ref Node
{
	return ref Node(v, head);
}

show(tag: string, n: ref Node)
{
	s := tag + ":";
	for(; n != nil; n = n.next)
		s += sys->sprint(" %d", n.val);
	sys->print("%s\n", s);
}

reverse(n: ref Node): ref Node
{
	prev: ref Node;
	while(n != nil){
		nx := n.next;
		n.next = prev;
		prev = n;
		n = nx;
	}
	return prev;
}

length(n: ref Node): int
{
	c := 0;
	for(; n != nil; n = n.next)
		c++;
	return c;
}

merge(a, b: ref Node): ref Node
{
	dummy := ref Node(0, nil);
	t := dummy;
	while(a != nil && b != nil){
		if(a.val <= b.val){
			t.next = a;
			a = a.next;
		}else{
			t.next = b;
			b = b.next;
		}
		t = t.next;
	}
	if(a != nil)
		t.next = a;
	else
		t.next = b;
	return dummy.next;
}

depth := 0;

msort(n: ref Node): ref Node
{
	if(n == nil || n.next == nil)
		return n;
	# split with slow/fast pointers
	slow := n;
	fast := n.next;
	while(fast != nil && fast.next != nil){
		slow = slow.next;
		fast = fast.next.next;
	}
	right := slow.next;
	slow.next = nil;
	depth++;
	sys->print("%*ssplit %d/%d\n", depth*2, "", length(n), length(right));
	l := msort(n);
	r := msort(right);
	depth--;
	return merge(l, r);
}

removeall(n: ref Node, v: int): ref Node
{
	while(n != nil && n.val == v)
		n = n.next;
	for(p := n; p != nil && p.next != nil; )
		if(p.next.val == v)
			p.next = p.next.next;
		else
			p = p.next;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	head: ref Node;
	seed := 17;
	for(i := 0; i < 11; i++){
		seed = (seed * 73 + 41) % 101;
		head = push(head, seed % 20);
	}
	show("built", head);
	head = reverse(head);
	show("reversed", head);
	head = msort(head);
	show("sorted", head);
	head = removeall(head, head.val);
	show("minus-min", head);
	sys->print("length %d\n", length(head));
}
