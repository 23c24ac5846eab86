implement Cyclic;

include "sys.m";
	sys: Sys;
include "draw.m";

Cyclic: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	id: int;
	next: cyclic ref Node;
	prev: cyclic ref Node;
};

Ring: adt {
	head: ref Node;
	n: int;
	insert: fn(r: self ref Ring, id: int);
	remove: fn(r: self ref Ring, id: int): int;
	show: fn(r: self ref Ring, dir: int);
};

Ring.insert(r: self ref Ring, id: int)
{
	n := ref Node(id, nil, nil);
	if(r.head == nil){
		n.next = n;
		n.prev = n;
		r.head = n;
	}else{
		t := r.head.prev;
		n.next = r.head;
		n.prev = t;
		t.next = n;
		r.head.prev = n;
	}
	r.n++;
}

Ring.remove(r: self ref Ring, id: int): int
{
	if(r.head == nil)
		return 0;
	p := r.head;
	do{
		if(p.id == id){
			if(p.next == p)
				r.head = nil;
			else{
				p.prev.next = p.next;
				p.next.prev = p.prev;
				if(r.head == p)
					r.head = p.next;
			}
			r.n--;
			return 1;
		}
		p = p.next;
	}while(p != r.head);
	return 0;
}

Ring.show(r: self ref Ring, dir: int)
{
	sys->print("ring[%d]:", r.n);
	if(r.head != nil){
		p := r.head;
		do{
			sys->print(" %d", p.id);
			if(dir > 0)
				p = p.next;
			else
				p = p.prev;
		}while(p != r.head);
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := ref Ring(nil, 0);
	for(i := 1; i <= 6; i++)
		r.insert(i * 11);
	r.show(1);
	r.show(-1);
	sys->print("remove 33: %d\n", r.remove(33));
	sys->print("remove 99: %d\n", r.remove(99));
	sys->print("remove 11: %d\n", r.remove(11));
	r.show(1);
	# josephus: remove every third
	p := r.head;
	while(r.n > 1){
		p = p.next.next;
		q := p.next;
		sys->print("out %d\n", p.id);
		r.remove(p.id);
		p = q;
	}
	r.show(1);
}
