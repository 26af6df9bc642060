-- ShopDesk demo data (synthetic): the trail and racing running shoes answer "跑步鞋" and "running shoes" as the other
-- running shoes do (their names say 跑鞋 / Racing Shoes), as knowledge-base/products/products.csv now has them.
UPDATE products SET tags = 'running,racing,carbon,instalments,running shoes,跑步鞋' WHERE sku = 'SHO-1008';
UPDATE products SET tags = 'running,trail,outdoor,instalments,跑步鞋' WHERE sku = 'SHO-1009';
UPDATE products SET tags = 'running,trail,waterproof,instalments,跑步鞋' WHERE sku = 'SHO-1017';
UPDATE products SET tags = 'running,racing,carbon,instalments,running shoes,跑步鞋' WHERE sku = 'SHO-1032';
